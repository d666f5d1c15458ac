package org.revisit.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.plan.CallingHours.Slot;
import org.revisit.core.plan.CallingHours.Verdict;
import org.revisit.store.CallbackRepository.Promise;

/**
 * Agrees a callback time: a list of the contact's next working days and, for the chosen day, the times inside
 * the calling windows in 15-minute steps, in the contact's time zone (with the agent's own time beside it when
 * the zones differ). A time typed by hand is checked against the same calling hours; a forbidden one (lunch
 * break, a day off, outside the windows) is refused with the reason.
 */
public final class CallbackDialog extends Dialog {

	/** How many working days ahead the list offers. */
	public static final int DAYS = 10;
	public static final int STEP_MINUTES = 15;
	private static final int LOOK_AHEAD = 40;
	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd"); //$NON-NLS-1$

	private final CallingHours hours;
	private final ZoneId contactZone;
	private final ZoneId agentZone;
	private final String who;
	private final List<LocalDate> days = new ArrayList<>();
	private final List<Instant> times = new ArrayList<>();
	private org.eclipse.swt.widgets.List dayList;
	private org.eclipse.swt.widgets.List timeList;
	private Text typed;
	private Label verdict;
	private Instant chosen;
	private boolean updating;
	private final Clock clock;
	private List<Promise> openPromises = List.of();
	private Combo replaces;
	private Long replacing;

	/**
	 * @param clock what time it is; the agent's zone is the clock's zone
	 */
	public CallbackDialog(Shell parent, CallingHours hours, ZoneId contactZone, Clock clock, String who) {
		super(parent);
		this.clock = clock;
		this.hours = hours;
		this.contactZone = contactZone;
		this.agentZone = clock.getZone();
		this.who = who;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Callback_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		ZonedDateTime now = clock.instant().atZone(contactZone);
		String zones = contactZone.getRules().equals(agentZone.getRules())
				? NLS.bind(Messages.Callback_zone, contactZone.getId(), now.format(TIME))
				: NLS.bind(Messages.Callback_zones, new Object[] { contactZone.getId(), now.format(TIME),
						agentZone.getId(), clock.instant().atZone(agentZone).format(TIME) });
		intro.setText(NLS.bind(Messages.Callback_intro, who, zones));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(intro);

		Label dayLabel = new Label(area, SWT.NONE);
		dayLabel.setText(Messages.Callback_days);
		Label timeLabel = new Label(area, SWT.NONE);
		timeLabel.setText(Messages.Callback_times);
		dayList = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 220).applyTo(dayList);
		timeList = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(240, 220).applyTo(timeList);

		Label typedLabel = new Label(area, SWT.NONE);
		typedLabel.setText(NLS.bind(Messages.Callback_typed, contactZone.getId()));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(typedLabel);
		typed = new Text(area, SWT.BORDER | SWT.SINGLE);
		typed.setMessage("yyyy-MM-dd HH:mm"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(typed);
		verdict = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(verdict);
		if (!openPromises.isEmpty()) {
			// Each promise is kept unless the agent says this one replaces it (the customer moved the time).
			Label replacesLabel = new Label(area, SWT.WRAP);
			replacesLabel.setText(NLS.bind(Messages.Callback_otherPromises, openPromises.size()));
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).applyTo(replacesLabel);
			replaces = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
			replaces.add(Messages.Callback_keepAll);
			for (Promise p : openPromises) {
				replaces.add(NLS.bind(Messages.Callback_replaces, p.dueAt().atZone(contactZone).format(TYPED),
						p.callback().getReason() == null ? "" : p.callback().getReason())); //$NON-NLS-1$
			}
			replaces.select(0);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(replaces);
			replaces.addListener(SWT.Selection, e -> replacing = replaces.getSelectionIndex() <= 0 ? null
					: Long.valueOf(openPromises.get(replaces.getSelectionIndex() - 1).callback().getId()));
		}

		LocalDate today = LocalDate.now(clock.withZone(contactZone));
		Instant earliest = clock.instant();
		for (int i = 0; i < LOOK_AHEAD && days.size() < DAYS; i++) {
			LocalDate day = today.plusDays(i);
			if (!slotTimes(day, earliest).isEmpty()) {
				days.add(day);
				dayList.add(day.format(DAY) + " " //$NON-NLS-1$
						+ day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()));
			}
		}
		dayList.addListener(SWT.Selection, e -> showTimes());
		timeList.addListener(SWT.Selection, e -> {
			int i = timeList.getSelectionIndex();
			if (i >= 0) {
				updating = true;
				typed.setText(times.get(i).atZone(contactZone).format(TYPED));
				updating = false;
				check();
			}
		});
		typed.addListener(SWT.Modify, e -> {
			if (!updating) {
				timeList.deselectAll();
				check();
			}
		});
		if (!days.isEmpty()) {
			dayList.select(0);
			showTimes();
		}
		return area;
	}

	/** The allowed moments of a day in steps of {@value #STEP_MINUTES} minutes, none before {@code earliest}. */
	private List<Instant> slotTimes(LocalDate day, Instant earliest) {
		List<Instant> result = new ArrayList<>();
		for (Slot slot : hours.slots(day, contactZone)) {
			for (ZonedDateTime t = slot.start(); t.isBefore(slot.end()); t = t.plusMinutes(STEP_MINUTES)) {
				if (!t.toInstant().isBefore(earliest)) {
					result.add(t.toInstant());
				}
			}
		}
		return result;
	}

	private void showTimes() {
		int d = dayList.getSelectionIndex();
		timeList.removeAll();
		times.clear();
		if (d < 0) {
			return;
		}
		boolean differ = !contactZone.getRules().equals(agentZone.getRules());
		for (Instant t : slotTimes(days.get(d), clock.instant())) {
			times.add(t);
			String local = t.atZone(contactZone).format(TIME);
			timeList.add(differ ? NLS.bind(Messages.Callback_timeBoth, local, t.atZone(agentZone).format(TIME)) : local);
		}
	}

	/** Parses and checks the typed time; enables OK only for an allowed moment in the future. */
	private void check() {
		chosen = null;
		String text = typed.getText().strip();
		String message;
		if (text.isEmpty()) {
			message = ""; //$NON-NLS-1$
		} else {
			try {
				Instant at = LocalDateTime.parse(text, TYPED).atZone(contactZone).toInstant();
				Verdict v = hours.check(at, contactZone);
				if (at.isBefore(clock.instant())) {
					message = Messages.Callback_past;
				} else if (!v.allowed()) {
					message = NLS.bind(Messages.Callback_refused, Labels.refusal(v.refusal().name()), why(v, at));
				} else {
					chosen = at;
					message = contactZone.getRules().equals(agentZone.getRules())
							? NLS.bind(Messages.Callback_ok, at.atZone(contactZone).format(TYPED))
							: NLS.bind(Messages.Callback_okBoth, at.atZone(contactZone).format(TYPED),
									at.atZone(agentZone).format(TYPED));
				}
			} catch (DateTimeParseException e) {
				message = Messages.Callback_format;
			}
		}
		verdict.setText(message);
		verdict.setForeground(chosen == null ? verdict.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		verdict.getParent().layout(true, true);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(chosen != null);
		}
	}

	/** Why a moment is refused, in the platform's language, in the contact's local time. */
	private String why(Verdict v, Instant at) {
		ZonedDateTime local = at.atZone(contactZone);
		return switch (v.refusal()) {
		case NON_WORKING_DAY -> {
			String detail = v.detail() == null ? "" : v.detail(); //$NON-NLS-1$
			// the calendar says "weekend", "holiday: NAME" or "day off by decree: NAME"; the names are data
			yield "weekend".equals(detail) ? NLS.bind(Messages.Callback_weekend, local.toLocalDate()) //$NON-NLS-1$
					: NLS.bind(Messages.Callback_holiday, local.toLocalDate(),
							detail.substring(detail.indexOf(':') + 1).strip());
		}
		case LUNCH_BREAK -> NLS.bind(Messages.Callback_lunch, local.format(TIME), CallingHours.LUNCH_BREAK.toString());
		case OUTSIDE_WINDOWS -> {
			List<String> windows = new ArrayList<>();
			hours.windows().forEach(w -> windows.add(w.toString()));
			yield NLS.bind(Messages.Callback_outside, local.format(TIME), String.join(", ", windows)); //$NON-NLS-1$
		}
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
	}

	/** The contact's other open promises, offered for replacement by the new one (none: nothing is offered). */
	public void setOpenPromises(List<Promise> promises) {
		openPromises = List.copyOf(promises);
	}

	/** The promise the agent chose to replace with the new callback, or {@code null} to keep them all. */
	public Long getReplacing() {
		return replacing;
	}

	/** For tests: the choice of promises to replace, or {@code null} when there is none to offer. */
	public Combo getReplacesCombo() {
		return replaces;
	}

	/** The agreed time, once OK was pressed. */
	public Instant getChosen() {
		return chosen;
	}

	/** The text box for a typed time; for tests. */
	public Text getTyped() {
		return typed;
	}

	/** The line saying whether the typed time is allowed (and why not); for tests. */
	public String getVerdict() {
		return verdict.getText();
	}

	/** The days offered; for tests. */
	public org.eclipse.swt.widgets.List getDayList() {
		return dayList;
	}

	/** The times offered on the chosen day; for tests. */
	public org.eclipse.swt.widgets.List getTimeList() {
		return timeList;
	}

	public Button getOkButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
