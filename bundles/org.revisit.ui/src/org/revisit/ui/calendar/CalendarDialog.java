package org.revisit.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.calendar.HolidayCalendarFormatException;
import org.revisit.core.calendar.HolidayNotice;
import org.revisit.core.calendar.WorkingCalendar;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Services;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.RevisitFactory;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * The holiday calendar the planner uses, a year at a time: every day of the year coloured as a statutory day off
 * (by the calendar's yearly rules), a decreed day off or a make-up working day (the dated entries of the State
 * Council's yearly notice), or a weekend. Pasting the notice and pressing Import Notice reads it (as {@code cli
 * calendar import} does) and saves it at once; a click on a day cycles it through decreed day off, make-up
 * working day and back to what the rules say, and Save stores those edits. The planner uses a saved calendar at
 * once. Closing it (Close, Escape, the window's close box) with edits not saved asks: Save (the dialog closes once
 * the save succeeded), Discard, or Cancel (it stays open).
 */
public final class CalendarDialog extends TitleAreaDialog {

	private static final RGB STATUTORY = new RGB(0xE5, 0x39, 0x35);
	private static final RGB DECREED = new RGB(0xFF, 0xB7, 0x4D);
	private static final RGB MAKEUP = new RGB(0x64, 0xB5, 0xF6);
	private static final RGB WEEKEND = new RGB(0xE0, 0xE0, 0xE0);

	private final Services services;
	private HolidayCalendar calendar;
	private WorkingCalendar working;
	private int year;
	private Composite months;
	private Spinner yearField;
	private Text notice;
	private Button importButton;
	private Background background;
	private final Map<LocalDate, Label> cells = new HashMap<>();
	private boolean dirty;

	/** Opens on {@code year}. */
	public CalendarDialog(Shell parent, Services services, int year) {
		super(parent);
		this.services = services;
		this.year = year;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite outer = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Title);
		setMessage(Messages.ClickHint);
		Composite area = new Composite(outer, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 8).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);

		Composite left = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		Composite top = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).spacing(6, 0).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.Year);
		yearField = new Spinner(top, SWT.BORDER);
		yearField.setValues(year, 1901, 2200, 0, 1, 10);
		yearField.addListener(SWT.Modify, e -> {
			year = yearField.getSelection();
			draw();
		});
		legend(top, STATUTORY, Messages.Statutory);
		legend(top, DECREED, Messages.Decreed);
		legend(top, MAKEUP, Messages.Makeup);
		legend(top, WEEKEND, Messages.Weekend);
		months = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).spacing(14, 10).applyTo(months);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(months);

		Composite right = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		GridDataFactory.fillDefaults().grab(false, true).hint(300, SWT.DEFAULT).applyTo(right);
		Label paste = new Label(right, SWT.WRAP);
		paste.setText(Messages.Paste);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(paste);
		notice = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 300).applyTo(notice);
		importButton = new Button(right, SWT.PUSH);
		importButton.setText(Messages.Import);
		importButton.addListener(SWT.Selection, e -> importNotice());
		boolean may = services.principal().may(Permission.CALENDARS);
		importButton.setEnabled(false);
		notice.setEditable(may);
		background = new Background(area);
		background.run(Messages.Loading, () -> services.calendars().active(), loaded -> {
			show(loaded);
			importButton.setEnabled(may);
		}, e -> setErrorMessage(Failures.oneLine(e)));
		return outer;
	}

	private static void legend(Composite parent, RGB rgb, String text) {
		Label swatch = new Label(parent, SWT.BORDER);
		swatch.setText("    "); //$NON-NLS-1$
		swatch.setBackground(new Color(rgb));
		new Label(parent, SWT.NONE).setText(text);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Save, false).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private void show(HolidayCalendar loaded) {
		calendar = EcoreUtil.copy(loaded);
		working = new WorkingCalendar(calendar);
		draw();
	}

	/** Draws the twelve months of the year. */
	private void draw() {
		if (calendar == null || months.isDisposed()) {
			return;
		}
		months.setRedraw(false);
		for (Control c : months.getChildren()) {
			c.dispose();
		}
		cells.clear();
		String[] weekdays = Messages.Weekdays.split(","); //$NON-NLS-1$
		for (int m = 1; m <= 12; m++) {
			Composite month = new Composite(months, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(7).spacing(2, 2).applyTo(month);
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(month);
			Label name = new Label(month, SWT.NONE);
			name.setText(NLS.bind(Messages.Month, Integer.valueOf(m)));
			GridDataFactory.fillDefaults().span(7, 1).applyTo(name);
			for (String w : weekdays) {
				Label l = new Label(month, SWT.CENTER);
				l.setText(w);
				GridDataFactory.fillDefaults().hint(26, SWT.DEFAULT).applyTo(l);
			}
			YearMonth ym = YearMonth.of(year, m);
			int blank = ym.atDay(1).getDayOfWeek().getValue() - 1;
			for (int i = 0; i < blank; i++) {
				new Label(month, SWT.NONE);
			}
			for (int d = 1; d <= ym.lengthOfMonth(); d++) {
				LocalDate date = ym.atDay(d);
				Label cell = new Label(month, SWT.CENTER);
				cell.setText(Integer.toString(d));
				GridDataFactory.fillDefaults().hint(26, SWT.DEFAULT).applyTo(cell);
				paint(cell, date);
				cell.addListener(SWT.MouseDown, e -> cycle(date));
				cells.put(date, cell);
			}
		}
		months.layout(true, true);
		months.setRedraw(true);
		setTitle(NLS.bind(Messages.Heading, calendar.getName(), Integer.toString(year)));
	}

	/** What a day is: a statutory or decreed day off, a make-up working day, a weekend, or a plain working day. */
	public enum Kind {
		STATUTORY, DECREED, MAKEUP, WEEKEND, WORKING
	}

	/** What {@code date} is in the calendar as edited. */
	public Kind kindOf(LocalDate date) {
		HolidayEntry entry = entry(date);
		if (entry != null) {
			return entry.getKind() == HolidayEntryKind.OFF_DAY ? Kind.DECREED : Kind.MAKEUP;
		}
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (!working.isWorkingDay(date) && !weekend) {
			return Kind.STATUTORY;
		}
		return weekend ? Kind.WEEKEND : Kind.WORKING;
	}

	private HolidayEntry entry(LocalDate date) {
		return calendar.getEntries().stream().filter(e -> date.equals(e.getDate())).findFirst().orElse(null);
	}

	private void paint(Label cell, LocalDate date) {
		RGB rgb = switch (kindOf(date)) {
		case STATUTORY -> STATUTORY;
		case DECREED -> DECREED;
		case MAKEUP -> MAKEUP;
		case WEEKEND -> WEEKEND;
		case WORKING -> null;
		};
		cell.setBackground(rgb == null ? null : new Color(rgb));
		HolidayEntry entry = entry(date);
		cell.setToolTipText(entry != null ? entry.getName() : working.describe(date).reason());
	}

	/** A click: none, then decreed day off, then make-up working day, then none again. */
	private void cycle(LocalDate date) {
		if (!services.principal().may(Permission.CALENDARS)) {
			return;
		}
		HolidayEntry entry = entry(date);
		if (entry == null) {
			HolidayEntry off = RevisitFactory.eINSTANCE.createHolidayEntry();
			off.setDate(date);
			off.setKind(HolidayEntryKind.OFF_DAY);
			off.setName(Messages.ManualOff);
			calendar.getEntries().add(off);
		} else if (entry.getKind() == HolidayEntryKind.OFF_DAY) {
			entry.setKind(HolidayEntryKind.MAKEUP_WORKDAY);
			entry.setName(Messages.ManualWork);
		} else {
			calendar.getEntries().remove(entry);
		}
		working = new WorkingCalendar(calendar);
		paint(cells.get(date), date);
		dirty = true;
		getButton(IDialogConstants.OK_ID).setEnabled(true);
	}

	/** Reads the pasted notice, applies it to the calendar and saves it. */
	private void importNotice() {
		HolidayNotice read;
		try {
			read = HolidayNotice.read(notice.getText(), Messages.Title, null);
		} catch (HolidayCalendarFormatException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		HolidayCalendar applied = read.applyTo(calendar);
		long off = read.entries().stream().filter(e -> e.getKind() == HolidayEntryKind.OFF_DAY).count();
		long work = read.entries().size() - off;
		save(applied, NLS.bind(Messages.Imported, new Object[] { Integer.toString(read.year()), Long.valueOf(off),
				Long.valueOf(work) }), read.year());
	}

	private void save(HolidayCalendar toSave, String done, int showYear) {
		save(toSave, done, showYear, null);
	}

	/** Saves in the background; {@code then} runs on the UI thread once it is saved (or null). */
	private void save(HolidayCalendar toSave, String done, int showYear, Runnable then) {
		try {
			new WorkingCalendar(toSave);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		importButton.setEnabled(false);
		setMessage(Messages.Saving);
		background.run(Messages.Saving, () -> {
			services.calendars().save(toSave);
			return services.calendars().active();
		}, saved -> {
			setErrorMessage(null);
			setMessage(done);
			dirty = false;
			getButton(IDialogConstants.OK_ID).setEnabled(false);
			importButton.setEnabled(true);
			year = showYear;
			yearField.setSelection(showYear);
			show(saved);
			if (then != null) {
				then.run();
			}
		}, e -> {
			setErrorMessage(Failures.oneLine(e));
			importButton.setEnabled(true);
		});
	}

	@Override
	protected void okPressed() {
		if (dirty) {
			save(calendar, Messages.Saved, year);
		}
	}

	@Override
	protected void cancelPressed() {
		if (mayClose()) {
			super.cancelPressed();
		}
	}

	@Override
	protected void handleShellCloseEvent() {
		if (mayClose()) {
			super.handleShellCloseEvent();
		}
	}

	/**
	 * Whether the dialog may close now: yes without unsaved edits; otherwise asks Save (saves in the background and
	 * closes once saved: not now), Discard (yes) or Cancel (no).
	 */
	private boolean mayClose() {
		if (!dirty) {
			return true;
		}
		MessageDialog ask = new MessageDialog(getShell(), Messages.Close_title, null, Messages.Close_question,
				MessageDialog.QUESTION, new String[] { Messages.Close_save, Messages.Close_discard,
						IDialogConstants.CANCEL_LABEL }, 0);
		int answer = ask.open();
		if (answer == 0) {
			save(calendar, Messages.Saved, year, () -> {
				setReturnCode(CANCEL);
				close();
			});
			return false;
		}
		return answer == 1;
	}

	/** Clicks the day {@code date} of the year shown, for tests. */
	public void clickDay(LocalDate date) {
		cells.get(date).notifyListeners(SWT.MouseDown, new org.eclipse.swt.widgets.Event());
	}

	/** Whether there are edits not saved yet, for tests. */
	public boolean isDirty() {
		return dirty;
	}

	/** The notice field, for tests. */
	public Text getNoticeText() {
		return notice;
	}

	/** The Import Notice button, for tests. */
	public Button getImportButton() {
		return importButton;
	}

	/** Whether the calendar was read and drawn, for tests. */
	public boolean isLoaded() {
		return calendar != null && !cells.isEmpty();
	}

	/** The year shown, for tests. */
	public int getYear() {
		return year;
	}
}
