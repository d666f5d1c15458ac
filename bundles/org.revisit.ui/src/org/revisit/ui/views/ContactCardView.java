package org.revisit.ui.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.revisit.core.service.Services;
import org.revisit.model.CallOutcome;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.PhoneNumber;
import org.revisit.model.ServiceEvent;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.AgentZone;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Columns;
import org.revisit.ui.internal.Failures;
import org.revisit.ui.internal.ExplainPanel;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.internal.SuccessorDialog;
import org.revisit.core.script.run.Successor;

/**
 * The card of the contact chosen in My Queue or Contacts: name, id, a banner when the contact asked not to be
 * called, details, and in three tabs the phone numbers (one can be marked invalid) with the pending calls, the
 * history of calls and service events, newest first, and why the contact may or may not be called now (the
 * explainer, worked out when its tab is shown).
 */
public class ContactCardView extends ViewPart {

	public static final String ID = "org.revisit.ui.views.contactCard"; //$NON-NLS-1$

	private static final int HISTORY = 50;
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	/** One line of the history: a service event or a call outcome. */
	record HistoryLine(Date when, String what, String detail) {
	}

	/** What the card shows, read together in a job. */
	record Card(Contact contact, Contact successor, List<QueueItem> pending, List<HistoryLine> history) {
	}

	/** The logged-in user, whose own calls the card calls theirs. */
	private String agent;
	private Runnable stopListening;
	private Services services;
	/** Reads the card: a newer contact chosen supersedes one still being read. */
	private Background reading;
	/** Saves changes made on the card. */
	private Background saving;
	private Label title;
	private Text idText;
	private Composite doNotCall;
	private Label doNotCallText;
	private Label details;
	private Link successorLink;
	private Button leftAction;
	private TableViewer phones;
	private Button toggle;
	private TableViewer pending;
	private TableViewer history;
	private TabFolder tabs;
	private TabItem explainTab;
	private ExplainPanel explain;
	/** The contact whose explanation is shown or being worked out; 0 when it must be worked out again. */
	private long explained;
	private Contact shown;
	private Contact shownSuccessor;
	private final ISelectionListener listener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		title = new Label(top, SWT.NONE);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		title.setText(Messages.ContactCard_none);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		// the id is what cli explain and the imports of service events name the contact by: selectable, to copy it
		idText = new Text(top, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(idText);
		leftAction = new Button(top, SWT.PUSH);
		leftAction.setText(Messages.ContactCard_leftAction);
		leftAction.setEnabled(false);
		leftAction.addListener(SWT.Selection, e -> leftCompany());

		// do-not-call is said with an icon and words in bold, not by a colour alone
		doNotCall = new Composite(parent, SWT.BORDER);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).applyTo(doNotCall);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(doNotCall);
		doNotCall.setVisible(false);
		Label icon = new Label(doNotCall, SWT.NONE);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		doNotCallText = new Label(doNotCall, SWT.WRAP);
		doNotCallText.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(doNotCallText);

		details = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(details);
		successorLink = new Link(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(successorLink);
		successorLink.setVisible(false);
		successorLink.addListener(SWT.Selection, e -> {
			if (shownSuccessor != null) {
				show(shownSuccessor.getId());
			}
		});

		services = getSite().getService(Services.class);
		agent = services == null ? null : services.principal().user();
		reading = new Background(title);
		saving = new Background(title);
		// Everything below the heading is in tabs, so that History and the explainer show their tabs at any height
		// of the card (an agent's screen gives the card a third of its height); the explainer is worked out only
		// when its tab is shown.
		tabs = new TabFolder(parent, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		TabItem phonesTab = new TabItem(tabs, SWT.NONE);
		phonesTab.setText(Messages.ContactCard_phonesTab);
		Composite phonesPage = new Composite(tabs, SWT.NONE);
		// side by side: the tab is as low as the card, and both fit its width
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).spacing(8, 4).applyTo(phonesPage);
		phonesTab.setControl(phonesPage);

		Group phoneGroup = group(phonesPage, Messages.ContactCard_phones, 2);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(phoneGroup);
		phones = table(phoneGroup, 1);
		Columns.add(phones, PhoneNumber.class, Messages.ContactCard_colType, 70, p -> Labels.phoneType(p.getType().getName()));
		Columns.add(phones, PhoneNumber.class, Messages.ContactCard_colNumber, 120, PhoneNumber::getNumber);
		Columns.add(phones, PhoneNumber.class, Messages.ContactCard_colValid, 60,
				p -> p.isInvalid() ? Messages.ContactCard_invalid : Messages.ContactCard_valid);
		toggle = new Button(phoneGroup, SWT.PUSH);
		toggle.setText(Messages.ContactCard_markInvalid);
		toggle.setEnabled(false);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(toggle);
		phones.addSelectionChangedListener(e -> {
			PhoneNumber p = selectedPhone();
			toggle.setEnabled(p != null);
			toggle.setText(p != null && p.isInvalid() ? Messages.ContactCard_markValid : Messages.ContactCard_markInvalid);
			toggle.getParent().layout();
		});
		toggle.addListener(SWT.Selection, e -> togglePhone());

		Group pendingGroup = group(phonesPage, Messages.ContactCard_pending, 1);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pendingGroup);
		pending = table(pendingGroup, 1);
		Columns.add(pending, QueueItem.class, Messages.QueueView_colDue, 250,
				q -> AgentZone.withContact(q.dueFrom(), AgentZone.get(), AgentZone.contactZone(q.contactZone()), WHEN));
		Columns.add(pending, QueueItem.class, Messages.QueueView_colCallType, 120, q -> Labels.callType(q.callType()));
		Columns.add(pending, QueueItem.class, Messages.QueueView_colState, 110,
				q -> Labels.taskState(q, agent, services.clock().instant()));

		TabItem historyTab = new TabItem(tabs, SWT.NONE);
		historyTab.setText(Messages.ContactCard_history);
		Composite historyPage = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(historyPage);
		history = table(historyPage, 1);
		historyTab.setControl(historyPage);
		explainTab = new TabItem(tabs, SWT.NONE);
		explainTab.setText(Messages.Explain_tab);
		explain = new ExplainPanel(tabs, services);
		explainTab.setControl(explain.getControl());
		tabs.addListener(SWT.Selection, e -> explainIfShown());
		Columns.add(history, HistoryLine.class, Messages.ContactCard_colWhen, 250, h -> h.when() == null ? "" //$NON-NLS-1$
				: AgentZone.withContact(h.when().toInstant(), AgentZone.get(), contactZone(), WHEN));
		Columns.add(history, HistoryLine.class, Messages.ContactCard_colWhat, 110, HistoryLine::what);
		Columns.add(history, HistoryLine.class, Messages.ContactCard_colDetail, 260, HistoryLine::detail);

		getSite().getPage().addSelectionListener(listener);
		// times are shown in the agent's zone: a new zone shows the card's times, and the explanation, anew
		// the listener may run on another thread, after the view closed
		stopListening = AgentZone.onChange(() -> reading.post(() -> {
			if (shown != null) {
				pending.refresh();
				history.refresh();
				explained = 0;
				explainIfShown();
			}
		}));
	}

	/** The zone of the contact shown. */
	private ZoneId contactZone() {
		return AgentZone.contactZone(shown == null ? null : shown.getTimeZone());
	}

	private static Group group(Composite parent, String text, int columns) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(text);
		GridLayoutFactory.fillDefaults().numColumns(columns).margins(4, 4).applyTo(g);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(g);
		return g;
	}

	private static TableViewer table(Composite parent, int span) {
		TableViewer v = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		v.getTable().setHeaderVisible(true);
		v.getTable().setLinesVisible(true);
		v.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(span, 1).grab(true, true).hint(100, 60).applyTo(v.getControl());
		return v;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		Object first = s.getFirstElement();
		if (first instanceof QueueItem q) {
			show(q.contactId());
		} else if (first instanceof Contact c) {
			show(c.getId());
		}
	}

	/** Reads the contact with its calls and events in the background, then shows it. */
	public void show(long contactId) {
		if (services == null) {
			return;
		}
		reading.latest(Messages.ContactCard_loadJob, () -> read(contactId), this::display, this::failed);
	}

	private Card read(long contactId) {
		Contact contact = services.contacts().find(contactId);
		if (contact == null) {
			return null;
		}
		Contact successor = contact.getSuccessor() == null ? null
				: services.contacts().find(contact.getSuccessor().getId());
		List<HistoryLine> lines = new ArrayList<>();
		for (ServiceEvent e : services.contacts().events(contactId, 0, HISTORY)) {
			lines.add(new HistoryLine(e.getOccurredAt(), event(e), join(e.getSubject(), e.getEngineer())));
		}
		for (CallOutcome o : services.contacts().outcomes(contactId, 0, HISTORY)) {
			lines.add(new HistoryLine(o.getStartedAt(), NLS.bind(Messages.ContactCard_call, o.getAgent()),
					join(Labels.outcome(o.getTask() == null ? null : o.getTask().getCallTypeId(),
							o.getDispositionCode()), o.getNotes())));
		}
		lines.sort(Comparator.comparing(HistoryLine::when, Comparator.nullsLast(Comparator.reverseOrder())));
		return new Card(contact, successor, services.queue().openForContact(contactId),
				lines.subList(0, Math.min(HISTORY, lines.size())));
	}

	/** Says in the status line why the card could not be read or saved. */
	private void failed(RuntimeException e) {
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Failures.oneLine(e));
	}

	private static String event(ServiceEvent e) {
		return Labels.serviceEvent(e.getKind().getName());
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return b == null || b.isBlank() ? a : a + " · " + b; //$NON-NLS-1$
	}

	private void display(Card card) {
		if (title.isDisposed() || card == null) {
			return;
		}
		Contact c = card.contact();
		shown = c;
		shownSuccessor = card.successor();
		title.setText(Labels.nameWithTitle(c));
		idText.setText(NLS.bind(Messages.ContactCard_id, Long.toString(c.getId())));
		boolean dnc = c.isDoNotCall();
		doNotCallText.setText(!dnc ? "" : c.getDoNotCallDate() == null ? Messages.ContactCard_doNotCall //$NON-NLS-1$
				: NLS.bind(Messages.ContactCard_doNotCallSince,
						c.getDoNotCallDate().toInstant().atZone(AgentZone.get()).toLocalDate().toString()));
		doNotCall.setVisible(dnc);
		((org.eclipse.swt.layout.GridData) doNotCall.getLayoutData()).exclude = !dnc;
		boolean left = c.getStatus() == ContactStatus.LEFT_COMPANY && card.successor() != null;
		String status = left ? NLS.bind(Messages.ContactCard_successor, Labels.nameWithTitle(card.successor()))
				: Labels.status(c);
		successorLink.setText(left ? NLS.bind(Messages.ContactCard_successorLink,
				Labels.nameWithTitle(card.successor()).replace("&", "&&")) : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		successorLink.setVisible(left);
		((org.eclipse.swt.layout.GridData) successorLink.getLayoutData()).exclude = !left;
		leftAction.setEnabled(c.getStatus() == ContactStatus.ACTIVE);
		String birthday = c.getBirthday() == null ? "" //$NON-NLS-1$
				: " · " + NLS.bind(Messages.ContactCard_birthday, Labels.birthday(c.getBirthday())); //$NON-NLS-1$
		details.setText(NLS.bind(Messages.ContactCard_details, new Object[] { c.getCompany(), c.getPosition(),
				c.getCustomerClass() == null ? "" : c.getCustomerClass().getLiteral(), c.getTimeZone(), //$NON-NLS-1$
				c.getOwningAgent(), status }) + birthday);
		phones.setInput(c.getPhones());
		pending.setInput(card.pending());
		history.setInput(card.history());
		toggle.setEnabled(false);
		details.getParent().layout(true, true);
		explained = 0; // the card was read again (another contact, or after a call): so is the explanation
		explainIfShown();
	}

	/** Works out why the contact shown may (not) be called, if the explainer tab is the one showing. */
	private void explainIfShown() {
		if (services == null || shown == null || tabs.isDisposed() || tabs.getSelectionIndex() != tabs.indexOf(explainTab)
				|| explained == shown.getId()) {
			return;
		}
		explained = shown.getId();
		explain.explain(shown.getId(), Labels.nameWithTitle(shown));
	}

	/** Shows the explainer tab (and works out the explanation of the contact shown). */
	public void showExplanation() {
		tabs.setSelection(explainTab);
		explainIfShown();
	}

	/** The explainer, for tests. */
	public ExplainPanel getExplainPanel() {
		return explain;
	}

	private PhoneNumber selectedPhone() {
		return phones.getStructuredSelection().getFirstElement() instanceof PhoneNumber p ? p : null;
	}

	/** Marks the chosen number invalid (or valid again) and saves the contact with optimistic locking. */
	private void togglePhone() {
		PhoneNumber phone = selectedPhone();
		Contact contact = shown;
		if (phone == null || contact == null) {
			return;
		}
		int index = contact.getPhones().indexOf(phone);
		saving.change(Messages.ContactCard_saveJob, () -> {
			Contact fresh = services.contacts().find(contact.getId());
			if (fresh == null || fresh.getVersion() != contact.getVersion() || index >= fresh.getPhones().size()) {
				return Boolean.FALSE;
			}
			PhoneNumber p = fresh.getPhones().get(index);
			p.setInvalid(!p.isInvalid());
			try {
				services.contacts().update(fresh);
			} catch (RuntimeException e) {
				if (Failures.isConflict(e)) {
					return Boolean.FALSE;
				}
				throw e;
			}
			return Boolean.TRUE;
		}, saved -> {
			if (!saved) {
				MessageDialog.openInformation(getSite().getShell(), Messages.ContactCard_staleTitle,
						Messages.ContactCard_stale);
			}
			show(contact.getId());
		}, e -> {
			MessageDialog.openError(getSite().getShell(), Messages.ContactCard_staleTitle, Failures.oneLine(e));
			show(contact.getId());
		});
	}

	/**
	 * The contact has left the company: asks for the successor, then moves the pending calls and open callbacks
	 * to them (the old contact is kept, marked as left and linked to the successor).
	 */
	private void leftCompany() {
		Contact contact = shown;
		if (contact == null || contact.getStatus() != ContactStatus.ACTIVE) {
			return;
		}
		SuccessorDialog dialog = new SuccessorDialog(getSite().getShell(), contact);
		if (dialog.open() != Window.OK) {
			return;
		}
		Successor who = dialog.getSuccessor();
		Contact successor = who.toContact();
		saving.change(Messages.ContactCard_leftJob,
				() -> services.contacts().replaceWithSuccessor(contact.getId(), contact.getVersion(), successor), left -> {
					getViewSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(
							Messages.ContactCard_leftDone, Labels.nameWithTitle(successor), Labels.nameWithTitle(contact)));
					ContactsView.refreshIn(getSite().getPage());
					show(contact.getId());
				}, e -> {
					MessageDialog.openError(getSite().getShell(), Messages.ContactCard_staleTitle, Failures.oneLine(e));
					show(contact.getId());
				});
	}

	/** The "Left the company…" button, for tests. */
	public Button getLeftAction() {
		return leftAction;
	}

	/** The link to the successor of a contact who left, for tests. */
	public Link getSuccessorLink() {
		return successorLink;
	}

	/** The contact shown, for tests. */
	public Contact getShown() {
		return shown;
	}

	/** The phones table, for tests. */
	public TableViewer getPhones() {
		return phones;
	}

	/** The mark invalid / valid button, for tests. */
	public Button getToggle() {
		return toggle;
	}

	/** The contact's id as the card shows it, for tests. */
	public String getIdText() {
		return idText.getText();
	}

	/** The do-not-call banner (visible only for a contact who asked not to be called), for tests. */
	public Composite getDoNotCallBanner() {
		return doNotCall;
	}

	/** The tabs (phones and calls, history, the explainer), for tests. */
	public TabFolder getTabs() {
		return tabs;
	}

	/** The pending calls, for tests. */
	public TableViewer getPending() {
		return pending;
	}

	/** The heading (name and title), for tests. */
	public String getHeading() {
		return title.getText();
	}

	@Override
	public void setFocus() {
		phones.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(listener);
		if (stopListening != null) {
			stopListening.run();
		}
		super.dispose();
	}
}
