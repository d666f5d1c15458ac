package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.ContactsUiTest.waitFor;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.ui.calendar.CalendarDialog;
import org.revisit.ui.calendar.Messages;

/**
 * The holiday calendar editor: the year view shows the days off; a pasted State Council notice is read, saved and
 * used by the planner at once, and the year view shows its decreed days off and make-up working days.
 */
class CalendarUiTest {

	/** The notice of 2025 (a past year: the planning of the other tests, in 2026, is not changed). */
	private static final String NOTICE = """
			国务院办公厅关于2025年部分节假日安排的通知
			经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下：
			一、元旦：1月1日（周三）放假1天，不调休。
			二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
			三、清明节：4月4日（周五）至6日（周日）放假，共3天。
			四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
			五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
			六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
			""";

	@Test
	void aPastedNoticeIsImportedAndTheYearShowsItsDays() {
		CalendarDialog dialog = new CalendarDialog(AgentDesk.page().getWorkbenchWindow().getShell(),
				AgentDesk.services(), 2026);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			waitFor(dialog::isLoaded, "the calendar is read", 20);
			assertEquals(CalendarDialog.Kind.WEEKEND, dialog.kindOf(LocalDate.of(2026, 11, 22)));
			assertEquals(CalendarDialog.Kind.WORKING, dialog.kindOf(LocalDate.of(2026, 11, 23)));
			dialog.getNoticeText().setText(NOTICE);
			dialog.getImportButton().notifyListeners(SWT.Selection, new Event());
			waitFor(() -> dialog.getYear() == 2025 && dialog.isLoaded(), "the notice is saved and its year shown", 30);
			assertEquals(CalendarDialog.Kind.MAKEUP, dialog.kindOf(LocalDate.of(2025, 1, 26)), "a Sunday worked");
			assertEquals(CalendarDialog.Kind.DECREED, dialog.kindOf(LocalDate.of(2025, 2, 3)));
			HolidayEntry makeup = AgentDesk.services().calendars().active().getEntries().stream()
					.filter(e -> LocalDate.of(2025, 10, 11).equals(e.getDate())).findFirst().orElseThrow();
			assertEquals(HolidayEntryKind.MAKEUP_WORKDAY, makeup.getKind(), "saved: the planner uses it");
			assertTrue(AgentDesk.store().audit().find(null, null, null, "CALENDAR", 0, 10).size() > 0, "audited");
		} finally {
			dialog.close();
		}
	}

	/**
	 * Closing with a day edited and not saved asks: Cancel keeps the dialog open with the edit, Save stores it and
	 * closes once saved, Discard closes and stores nothing. A day of 2024 (a past year: the planning of the other
	 * tests is not changed), removed again at the end.
	 */
	@Test
	void closingWithUnsavedEditsAsksSaveDiscardOrCancel() {
		LocalDate day = LocalDate.of(2024, 3, 5); // a Tuesday, a plain working day
		CalendarDialog dialog = open(2024);
		try {
			assertEquals(CalendarDialog.Kind.WORKING, dialog.kindOf(day));
			dialog.clickDay(day);
			assertEquals(CalendarDialog.Kind.DECREED, dialog.kindOf(day));
			assertTrue(dialog.isDirty());

			Answer cancel = Answer.next(IDialogConstants.CANCEL_LABEL);
			dialog.getShell().close();
			assertEquals(Messages.Close_title, cancel.asked.get(), "asked");
			assertFalse(dialog.getShell().isDisposed(), "Cancel: still open");
			assertTrue(dialog.isDirty(), "with the edit");
			assertEquals(null, stored(day), "nothing saved");

			Answer save = Answer.next(Messages.Close_save);
			dialog.getShell().close();
			assertEquals(Messages.Close_title, save.asked.get());
			waitFor(() -> dialog.getShell() == null || dialog.getShell().isDisposed(), "closed once saved", 20);
			assertEquals(HolidayEntryKind.OFF_DAY, stored(day).getKind(), "Save: stored");

			CalendarDialog again = open(2024);
			try {
				again.clickDay(day);
				assertEquals(CalendarDialog.Kind.MAKEUP, again.kindOf(day));
				Answer discard = Answer.next(Messages.Close_discard);
				again.getShell().close();
				assertEquals(Messages.Close_title, discard.asked.get());
				assertTrue(again.getShell() == null || again.getShell().isDisposed(), "Discard: closed");
				assertEquals(HolidayEntryKind.OFF_DAY, stored(day).getKind(), "Discard: nothing stored");
			} finally {
				again.close();
			}
		} finally {
			dialog.close();
			HolidayCalendar active = AgentDesk.services().calendars().active();
			if (active.getEntries().removeIf(e -> day.equals(e.getDate()))) {
				AgentDesk.services().calendars().save(active);
			}
		}
	}

	private static CalendarDialog open(int year) {
		CalendarDialog dialog = new CalendarDialog(AgentDesk.page().getWorkbenchWindow().getShell(),
				AgentDesk.services(), year);
		dialog.setBlockOnOpen(false);
		dialog.open();
		waitFor(dialog::isLoaded, "the calendar is read", 20);
		return dialog;
	}

	private static HolidayEntry stored(LocalDate day) {
		return AgentDesk.services().calendars().active().getEntries().stream().filter(e -> day.equals(e.getDate()))
				.findFirst().orElse(null);
	}
}
