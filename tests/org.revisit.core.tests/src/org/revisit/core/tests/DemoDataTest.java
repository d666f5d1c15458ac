package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.model.CalendarKind;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

class DemoDataTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@TempDir
	Path dir;

	@Test
	void seedGivesAFirstScreenWithBirthdaysTodayAndThisWeek() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.seed(store, TODAY);
			assertEquals(300, store.contacts().count());
			List<Campaign> campaigns = store.campaigns().list();
			assertEquals(5, campaigns.size());
			List<Contact> all = store.contacts().page(0, 300);
			long today = all.stream().filter(c -> c.getBirthday().getCalendar() == CalendarKind.SOLAR
					&& c.getBirthday().getMonth() == 11 && c.getBirthday().getDay() == 23).count();
			assertTrue(today >= 10, "some birthdays today: " + today);
			assertTrue(all.stream().anyMatch(c -> c.getBirthday().getCalendar() == CalendarKind.LUNAR), "lunar birthdays too");
			assertTrue(all.stream().allMatch(c -> c.getName().codePoints().allMatch(Character::isIdeographic)),
					"Chinese names");

			long expectedTasks = all.stream().filter(c -> !c.isDoNotCall()
					&& c.getBirthday().getCalendar() == CalendarKind.SOLAR && inComingWeek(c)).count();
			assertEquals(expectedTasks, store.counts().tasks(), "one birthday call per callable contact this week");
			assertTrue(expectedTasks > 0);
		}
	}

	@Test
	void addingMoreKeepsCampaignsAndAddsDifferentPeople() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.addContacts(store, 100, TODAY);
			DemoData.addContacts(store, 2_500, TODAY);
			assertEquals(2_600, store.contacts().count());
			assertEquals(5, store.counts().campaigns(), "demo campaigns are added once");
			assertThrows(IllegalArgumentException.class, () -> DemoData.addContacts(store, -1, TODAY));
		}
	}

	@Test
	void dueTimesAreInTheContactsOwnMorningWindow() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			DemoData.seed(store, TODAY);
			List<Object[]> rows = store.read(c -> {
				List<Object[]> result = new java.util.ArrayList<>();
				try (var s = c.createStatement();
						var rs = s.executeQuery("SELECT t.due_from, c.time_zone FROM call_task t JOIN contact c ON c.id = t.contact_id")) {
					while (rs.next()) {
						result.add(new Object[] { rs.getTimestamp(1).toInstant(), rs.getString(2) });
					}
				}
				return result;
			});
			assertTrue(!rows.isEmpty());
			for (Object[] row : rows) {
				var local = ((java.time.Instant) row[0]).atZone(ZoneId.of((String) row[1]));
				assertEquals(9, local.getHour(), "calls start at 09:00 in the contact's zone");
			}
		}
	}

	private static boolean inComingWeek(Contact c) {
		for (int d = 0; d < 7; d++) {
			LocalDate day = TODAY.plusDays(d);
			if (day.getMonthValue() == c.getBirthday().getMonth() && day.getDayOfMonth() == c.getBirthday().getDay()) {
				return true;
			}
		}
		return false;
	}
}
