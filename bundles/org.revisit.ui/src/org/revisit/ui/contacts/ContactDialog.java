package org.revisit.ui.contacts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.service.Services;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.validation.RevisitModelValidator;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * The contact form: every field of a contact, its phones (kind, number, valid), a solar or lunar birthday (with
 * the leap month), time zone, class, owning agent, tags, consent and do-not-call with reason and date. The model's
 * constraints are checked as you type (the message names the field); OK saves through the services in the
 * background (a new contact is added, a stored one saved with its version: if someone else saved it meanwhile,
 * the form says so and stays open).
 */
public final class ContactDialog extends TitleAreaDialog {

	private static final String[] ZONES = { "Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "America/New_York" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final Services services;
	/** The contact as read (a copy is edited), or a new one. */
	private final Contact original;
	private final boolean adding;
	private Contact saved;

	private Text name;
	private Text title;
	private Text company;
	private Text position;
	private Text email;
	private Text address;
	private Text fax;
	private Composite phones;
	private final List<PhoneRow> phoneRows = new ArrayList<>();
	private Combo calendar;
	private Spinner month;
	private Spinner day;
	private Button leap;
	private Spinner year;
	private Combo timeZone;
	private Combo customerClass;
	private Text agent;
	private Text tags;
	private Button consent;
	private Text consentSource;
	private Button doNotCall;
	private Text dncReason;
	private Label dncSince;
	private Background background;

	/** One phone's editors. */
	private record PhoneRow(Combo kind, Text number, Button valid, Button remove) {
	}

	/**
	 * A form for {@code contact} as read from the services, or for a new contact when it is {@code null}.
	 */
	public ContactDialog(Shell parent, Services services, Contact contact) {
		super(parent);
		this.services = services;
		this.adding = contact == null;
		this.original = contact == null ? newContact() : contact;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	private static Contact newContact() {
		Contact c = RevisitFactory.eINSTANCE.createContact();
		c.setStatus(ContactStatus.ACTIVE);
		c.setTimeZone("Asia/Shanghai"); //$NON-NLS-1$
		PhoneNumber mobile = RevisitFactory.eINSTANCE.createPhoneNumber();
		mobile.setType(PhoneType.MOBILE);
		c.getPhones().add(mobile);
		return c;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(adding ? Messages.Form_addTitle
				: NLS.bind(Messages.Form_editTitle, Long.toString(original.getId())));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite outer = (Composite) super.createDialogArea(parent);
		setTitle(adding ? Messages.Form_addTitle
				: NLS.bind(Messages.Form_editTitle, Long.toString(original.getId())) + "  " + original.getName()); //$NON-NLS-1$
		ScrolledComposite scroll = new ScrolledComposite(outer, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
		Composite area = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 5).applyTo(area);
		name = text(area, Messages.Form_name);
		title = text(area, Messages.Form_title);
		company = text(area, Messages.Form_company);
		position = text(area, Messages.Form_position);
		email = text(area, Messages.Form_email);
		address = text(area, Messages.Form_address);
		fax = text(area, Messages.Form_fax);
		phonesArea(area);
		birthdayArea(area);
		label(area, Messages.Form_timeZone);
		timeZone = new Combo(area, SWT.DROP_DOWN);
		timeZone.setItems(ZONES);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(timeZone);
		label(area, Messages.Form_class);
		customerClass = new Combo(area, SWT.DROP_DOWN | SWT.READ_ONLY);
		customerClass.add(Messages.Form_none);
		for (CustomerClass c : CustomerClass.VALUES) {
			customerClass.add(c.getLiteral());
		}
		agent = text(area, Messages.Form_agent);
		tags = text(area, Messages.Form_tags);
		consentArea(area);
		label(area, Messages.Form_status);
		new Label(area, SWT.NONE).setText(original.getStatus() == ContactStatus.LEFT_COMPANY ? Messages.Status_left
				: Messages.Status_active);
		show(original);
		for (Text t : List.of(name, title, company, position, email, address, fax, agent, tags, consentSource,
				dncReason)) {
			t.addListener(SWT.Modify, e -> check());
		}
		timeZone.addListener(SWT.Modify, e -> check());
		scroll.setContent(area);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(area.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		background = new Background(outer);
		return outer;
	}

	private static void label(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(l);
	}

	private static Text text(Composite parent, String label) {
		label(parent, label);
		Text t = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
		return t;
	}

	private void phonesArea(Composite area) {
		Label l = new Label(area, SWT.NONE);
		l.setText(Messages.Form_phones);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(l);
		Composite box = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		phones = new Composite(box, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 4).applyTo(phones);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(phones);
		Button add = new Button(box, SWT.PUSH);
		add.setText(Messages.Form_addPhone);
		add.addListener(SWT.Selection, e -> {
			addPhoneRow(PhoneType.MOBILE, "", true); //$NON-NLS-1$
			relayout();
			check();
		});
	}

	private static String kindLabel(PhoneType type) {
		return switch (type) {
		case MOBILE -> Messages.Form_phoneKind_MOBILE;
		case OFFICE -> Messages.Form_phoneKind_OFFICE;
		case HOME -> Messages.Form_phoneKind_HOME;
		case FAX -> Messages.Form_phoneKind_FAX;
		case OTHER -> Messages.Form_phoneKind_OTHER;
		};
	}

	private void addPhoneRow(PhoneType type, String number, boolean valid) {
		Combo kind = new Combo(phones, SWT.DROP_DOWN | SWT.READ_ONLY);
		for (PhoneType t : PhoneType.VALUES) {
			kind.add(kindLabel(t));
		}
		kind.select(type.getValue());
		Text n = new Text(phones, SWT.BORDER | SWT.SINGLE);
		n.setText(number == null ? "" : number); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(n);
		Button v = new Button(phones, SWT.CHECK);
		v.setText(Messages.Form_valid);
		v.setSelection(valid);
		Button remove = new Button(phones, SWT.PUSH);
		remove.setText(Messages.Form_remove);
		PhoneRow row = new PhoneRow(kind, n, v, remove);
		phoneRows.add(row);
		remove.addListener(SWT.Selection, e -> {
			phoneRows.remove(row);
			for (Control c : List.of(kind, n, v, remove)) {
				c.dispose();
			}
			relayout();
			check();
		});
		n.addListener(SWT.Modify, e -> check());
		kind.addListener(SWT.Selection, e -> check());
		v.addListener(SWT.Selection, e -> check());
	}

	private void relayout() {
		phones.getParent().layout(true, true);
		Composite area = phones.getParent().getParent();
		if (area.getParent() instanceof ScrolledComposite scroll) {
			scroll.setMinSize(area.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
		area.layout(true, true);
	}

	private void birthdayArea(Composite area) {
		label(area, Messages.Form_birthday);
		Composite row = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).spacing(4, 0).applyTo(row);
		calendar = new Combo(row, SWT.DROP_DOWN | SWT.READ_ONLY);
		calendar.setItems(Messages.Form_none, Messages.Form_solar, Messages.Form_lunar);
		month = new Spinner(row, SWT.BORDER);
		month.setValues(1, 1, 12, 0, 1, 3);
		new Label(row, SWT.NONE).setText(Messages.Form_month);
		day = new Spinner(row, SWT.BORDER);
		day.setValues(1, 1, 31, 0, 1, 5);
		new Label(row, SWT.NONE).setText(Messages.Form_day);
		leap = new Button(row, SWT.CHECK);
		leap.setText(Messages.Form_leap);
		year = new Spinner(row, SWT.BORDER);
		year.setValues(0, 0, 2100, 0, 1, 10);
		new Label(row, SWT.NONE).setText(Messages.Form_year);
		calendar.addListener(SWT.Selection, e -> {
			enableBirthday();
			check();
		});
		for (Control c : List.of(month, day, year)) {
			c.addListener(SWT.Modify, e -> check());
		}
		leap.addListener(SWT.Selection, e -> check());
	}

	private void enableBirthday() {
		boolean any = calendar.getSelectionIndex() > 0;
		month.setEnabled(any);
		day.setEnabled(any);
		year.setEnabled(any);
		leap.setEnabled(calendar.getSelectionIndex() == 2);
		if (calendar.getSelectionIndex() != 2) {
			leap.setSelection(false);
		}
	}

	private void consentArea(Composite area) {
		new Label(area, SWT.NONE);
		consent = new Button(area, SWT.CHECK);
		consent.setText(Messages.Form_consent);
		consentSource = text(area, Messages.Form_consentSource);
		new Label(area, SWT.NONE);
		Composite dnc = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(dnc);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dnc);
		doNotCall = new Button(dnc, SWT.CHECK);
		doNotCall.setText(Messages.Form_doNotCall);
		new Label(dnc, SWT.NONE).setText(Messages.Form_dncReason);
		dncReason = new Text(dnc, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(dncReason);
		dncSince = new Label(dnc, SWT.NONE);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(dncSince);
		consent.addListener(SWT.Selection, e -> check());
		doNotCall.addListener(SWT.Selection, e -> check());
	}

	private static String s(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private void show(Contact c) {
		name.setText(s(c.getName()));
		title.setText(s(c.getTitle()));
		company.setText(s(c.getCompany()));
		position.setText(s(c.getPosition()));
		email.setText(s(c.getEmail()));
		address.setText(s(c.getAddress()));
		fax.setText(s(c.getFax()));
		for (PhoneNumber p : c.getPhones()) {
			addPhoneRow(p.getType(), p.getNumber(), !p.isInvalid());
		}
		Birthday b = c.getBirthday();
		calendar.select(b == null || b.getMonth() == 0 ? 0 : b.getCalendar() == CalendarKind.LUNAR ? 2 : 1);
		if (b != null && b.getMonth() > 0) {
			month.setSelection(b.getMonth());
			day.setSelection(b.getDay());
			leap.setSelection(b.isLeapMonth());
			year.setSelection(b.getYear());
		}
		enableBirthday();
		timeZone.setText(s(c.getTimeZone()));
		customerClass.select(c.getCustomerClass() == null ? 0 : c.getCustomerClass().getValue() + 1);
		agent.setText(s(c.getOwningAgent()));
		tags.setText(String.join(", ", c.getTags())); //$NON-NLS-1$
		consent.setSelection(c.isConsent());
		consentSource.setText(s(c.getConsentSource()));
		doNotCall.setSelection(c.isDoNotCall());
		dncReason.setText(s(c.getDoNotCallSource()));
		dncSince.setText(c.getDoNotCallDate() == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.Form_dncSince, c.getDoNotCallDate().toInstant().atZone(zone()).toLocalDate()));
	}

	private ZoneId zone() {
		return services.clock().getZone();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The contact as the form shows it: a copy of the one read, with the form's values. */
	Contact edited() {
		Contact c = EcoreUtil.copy(original);
		c.setId(original.getId());
		c.setVersion(original.getVersion());
		c.setName(name.getText().strip());
		c.setTitle(blankToNull(title.getText()));
		c.setCompany(blankToNull(company.getText()));
		c.setPosition(blankToNull(position.getText()));
		c.setEmail(blankToNull(email.getText()));
		c.setAddress(blankToNull(address.getText()));
		c.setFax(blankToNull(fax.getText()));
		c.getPhones().clear();
		for (PhoneRow row : phoneRows) {
			PhoneNumber p = RevisitFactory.eINSTANCE.createPhoneNumber();
			p.setType(PhoneType.get(Math.max(0, row.kind().getSelectionIndex())));
			p.setNumber(row.number().getText().strip());
			p.setInvalid(!row.valid().getSelection());
			c.getPhones().add(p);
		}
		if (calendar.getSelectionIndex() <= 0) {
			c.setBirthday(null);
		} else {
			Birthday b = RevisitFactory.eINSTANCE.createBirthday();
			b.setCalendar(calendar.getSelectionIndex() == 2 ? CalendarKind.LUNAR : CalendarKind.SOLAR);
			b.setMonth(month.getSelection());
			b.setDay(day.getSelection());
			b.setLeapMonth(leap.getSelection());
			b.setYear(year.getSelection());
			c.setBirthday(b);
		}
		c.setTimeZone(timeZone.getText().strip());
		c.setCustomerClass(customerClass.getSelectionIndex() <= 0 ? null
				: CustomerClass.get(customerClass.getSelectionIndex() - 1));
		c.setOwningAgent(blankToNull(agent.getText()));
		c.getTags().clear();
		Arrays.stream(tags.getText().split("[,，;；]")).map(String::strip).filter(t -> !t.isEmpty()).distinct() //$NON-NLS-1$
				.forEach(c.getTags()::add);
		Date now = Date.from(services.clock().instant());
		if (consent.getSelection() && !original.isConsent()) {
			c.setConsentDate(now);
		}
		c.setConsent(consent.getSelection());
		c.setConsentSource(blankToNull(consentSource.getText()));
		if (doNotCall.getSelection() && !original.isDoNotCall()) {
			c.setDoNotCallDate(now);
		} else if (!doNotCall.getSelection()) {
			c.setDoNotCallDate(null);
		}
		c.setDoNotCall(doNotCall.getSelection());
		c.setDoNotCallSource(doNotCall.getSelection() ? blankToNull(dncReason.getText()) : null);
		return c;
	}

	/** The first error of the model's constraints for the form's values, or {@code null}. */
	private String problem() {
		Diagnostic d = RevisitModelValidator.diagnostician(services.clock()).validate(edited());
		return d.getSeverity() >= Diagnostic.ERROR ? first(d) : null;
	}

	private static String first(Diagnostic d) {
		for (Diagnostic child : d.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				return child.getChildren().isEmpty() ? child.getMessage() : first(child);
			}
		}
		return d.getMessage();
	}

	private void check() {
		String problem = problem();
		setErrorMessage(problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	@Override
	protected void okPressed() {
		Contact contact = edited();
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		setMessage(Messages.Form_saving);
		background.run(Messages.Form_saving, () -> {
			if (adding) {
				return services.contacts().create(contact);
			}
			services.contacts().update(contact);
			return contact;
		}, done -> {
			saved = done;
			super.okPressed();
		}, e -> {
			setErrorMessage(Failures.oneLine(e));
			getButton(IDialogConstants.OK_ID).setEnabled(!Failures.isConflict(e));
		});
	}

	/** The contact as saved once OK succeeded, else {@code null}. */
	public Contact getSaved() {
		return saved;
	}

	/** The name field, for tests. */
	public Text getNameText() {
		return name;
	}

	/** The editors of the phones, for tests: kind, number, valid, remove of each. */
	public List<Control[]> getPhoneEditors() {
		return phoneRows.stream().map(r -> new Control[] { r.kind(), r.number(), r.valid(), r.remove() }).toList();
	}

	/** The birthday's calendar choice (none, solar, lunar) and its leap-month box, for tests. */
	public Control[] getBirthdayEditors() {
		return new Control[] { calendar, month, day, leap, year };
	}

	/** The do-not-call box and its reason, for tests. */
	public Control[] getDoNotCallEditors() {
		return new Control[] { doNotCall, dncReason };
	}

	/** The OK button, for tests. */
	public Button getOkButton() {
		return getButton(IDialogConstants.OK_ID);
	}
}
