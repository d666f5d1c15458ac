package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.calltype.PlanningHistory;
import org.revisit.core.plan.Planner;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * {@link PlanningHistory#mostContactsOnMatter} (issue 15): the most distinct contacts that complained about the
 * same matter within a window of days that includes a complaint's day. Asked of the default (counting what
 * {@code complaintsLike} returns) and of the planner's history (from its arrays, once per matter, day and window
 * length), over the same complaints stored in Derby: the same numbers, counted by hand for a few, compared for a
 * few hundred random ones.
 */
class ComplaintsOnTheSameMatterTest {

	/** Monday 23 November 2026, 09:00 in Shanghai: the look-back window starts on 24 September. */
	private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
	private static final Horizon HORIZON = Horizon.of(LocalDate.of(2026, 11, 23), 30);
	private static final String LATE = "T-88 上门维修迟到";

	@TempDir
	Path dir;

	/** Complaints stored one by one; the planner's history reads them back. */
	private static final class Complaints {
		final Store store;
		final List<ServiceEvent> all = new ArrayList<>();

		Complaints(Store store) {
			this.store = store;
		}

		ServiceEvent add(Contact contact, String shanghaiTime, ComplaintCategory category, String subject) {
			ServiceEvent e = RevisitFactory.eINSTANCE.createServiceEvent();
			e.setKind(ServiceEventKind.COMPLAINT);
			e.setOccurredAt(Date.from(LocalDateTime.parse(shanghaiTime).atZone(PlanningContext.DEFAULT_ZONE).toInstant()));
			e.setContact(contact);
			e.setComplaintCategory(category);
			e.setSubject(subject);
			e.setSeverity(ComplaintSeverity.GENERAL);
			store.transaction(tx -> {
				store.events().insert(tx, List.of(e));
				return null;
			});
			all.add(e);
			return e;
		}

		ServiceEvent add(Contact contact, String shanghaiTime) {
			return add(contact, shanghaiTime, ComplaintCategory.SERVICE_DELAY, LATE);
		}

		/** The planner's history, as a run planning {@link #HORIZON} reads it. */
		PlanningHistory planner() {
			return new Planner(store, CallTypeRegistry.read()).history(HORIZON, NOW);
		}
	}

	/** Only {@code complaintsLike}, from {@code history}: every other answer is PlanningHistory's default. */
	private static PlanningHistory defaults(PlanningHistory history) {
		return new PlanningHistory() {
			@Override
			public List<ServiceEvent> complaintsLike(ServiceEvent complaint, LocalDate from, LocalDate to) {
				return history.complaintsLike(complaint, from, to);
			}
		};
	}

	/** The answer of both, which must agree. */
	private static int most(PlanningHistory planner, ServiceEvent complaint, String made, int window) {
		LocalDate day = LocalDate.parse(made);
		int fromArrays = planner.mostContactsOnMatter(complaint, day, window);
		assertEquals(defaults(planner).mostContactsOnMatter(complaint, day, window), fromArrays,
				"complaint " + complaint.getId() + " of " + made + ", window " + window);
		return fromArrays;
	}

	@Test
	void countedByHand() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			Complaints c = new Complaints(store);
			List<Contact> k = PlannerChunkTest.contacts(store, 10);
			// one matter: contacts 0 to 3 on 10 to 13 November, 4 on the 16th, 5 on the 20th (the spelling differs
			// in case and spaces: the same matter); contact 1 again on the 12th
			ServiceEvent first = c.add(k.get(0), "2026-11-10T09:00");
			c.add(k.get(1), "2026-11-11T09:00");
			ServiceEvent again = c.add(k.get(1), "2026-11-12T15:00");
			c.add(k.get(2), "2026-11-12T09:00", ComplaintCategory.SERVICE_DELAY, " t-88 上门维修迟到 ");
			ServiceEvent fourth = c.add(k.get(3), "2026-11-13T09:00");
			ServiceEvent fifth = c.add(k.get(4), "2026-11-16T23:30");
			ServiceEvent sixth = c.add(k.get(5), "2026-11-20T09:00");
			// another subject, another category, the same day: not the matter
			ServiceEvent invoice = c.add(k.get(6), "2026-11-12T09:00", ComplaintCategory.SERVICE_DELAY, "发票开错");
			c.add(k.get(7), "2026-11-12T09:00", ComplaintCategory.FEES, LATE);
			// eight days apart: never in one window of seven days
			ServiceEvent early = c.add(k.get(8), "2026-10-01T09:00", ComplaintCategory.ATTITUDE, "态度差");
			ServiceEvent late = c.add(k.get(9), "2026-10-09T09:00", ComplaintCategory.ATTITUDE, "态度差");
			PlanningHistory h = c.planner();

			// five contacts within 10 to 16 November (contact 1 twice: once), the window starting on the day
			assertEquals(5, most(h, first, "2026-11-10", 7));
			// windows that start before the day: 10 to 16 November for the fourth and for the fifth
			assertEquals(5, most(h, fourth, "2026-11-13", 7));
			assertEquals(5, most(h, fifth, "2026-11-16", 7));
			assertEquals(5, most(h, again, "2026-11-12", 7));
			// the sixth: 14 to 20 November holds the fifth and the sixth only
			assertEquals(2, most(h, sixth, "2026-11-20", 7));
			assertEquals(6, most(h, sixth, "2026-11-20", 11));
			// narrower windows: 10 to 12 November (contacts 0, 1, 2), 12 November alone (1 and 2)
			assertEquals(3, most(h, first, "2026-11-10", 3));
			assertEquals(3, most(h, again, "2026-11-12", 3));
			assertEquals(2, most(h, again, "2026-11-12", 1));
			assertEquals(1, most(h, fifth, "2026-11-16", 1));
			// alone on their matters
			assertEquals(1, most(h, invoice, "2026-11-12", 7));
			assertEquals(1, most(h, early, "2026-10-01", 7));
			assertEquals(1, most(h, late, "2026-10-09", 8));
			assertEquals(2, most(h, late, "2026-10-09", 9));
			// a day without a complaint of the matter (a contact in another zone): the windows that include it
			assertEquals(5, most(h, fifth, "2026-11-15", 7));
			assertEquals(2, most(h, sixth, "2026-11-21", 7));
			// a complaint the planner did not read (another matter of its own) counts alone
			ServiceEvent unread = RevisitFactory.eINSTANCE.createServiceEvent();
			unread.setKind(ServiceEventKind.COMPLAINT);
			unread.setOccurredAt(first.getOccurredAt());
			unread.setContact(k.get(9));
			unread.setComplaintCategory(ComplaintCategory.OTHER);
			unread.setSubject("未读");
			assertEquals(1, most(h, unread, "2026-11-10", 7));
			assertThrows(IllegalArgumentException.class, () -> h.mostContactsOnMatter(first, LocalDate.parse("2026-11-10"), 0));
		}
	}

	/**
	 * 300 random complaints (fixed seed) on nine matters by 40 contacts, a few of them in other zones, over seven weeks:
	 * the planner's answer is the default's for every complaint, on its day and the days around it, for windows of
	 * 1 to 14 days.
	 */
	@Test
	void thePlannersAnswersAreTheDefaults() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			Complaints c = new Complaints(store);
			List<Contact> k = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				Contact contact = StoreTest.contact("客户" + i, "先生");
				contact.setTimeZone(i % 9 != 0 ? "Asia/Shanghai" : i % 2 == 0 ? "Asia/Urumqi" : "Europe/Berlin");
				store.contacts().insert(List.of(contact));
				k.add(contact);
			}
			Random random = new Random(15);
			String[] subjects = { LATE, "t-88 上门维修迟到", "发票开错", "打印机卡纸" };
			ComplaintCategory[] categories = { ComplaintCategory.SERVICE_DELAY, ComplaintCategory.FEES,
					ComplaintCategory.PRODUCT_FAULT };
			LocalDateTime start = LocalDateTime.parse("2026-10-20T00:00");
			for (int i = 0; i < 300; i++) {
				LocalDateTime at = start.plusMinutes(random.nextInt(49 * 24 * 60));
				c.add(k.get(random.nextInt(k.size())), at.toString(), categories[random.nextInt(categories.length)],
						subjects[random.nextInt(subjects.length)]);
			}
			PlanningHistory h = c.planner();
			PlanningHistory defaults = defaults(h);
			int collective = 0;
			int asked = 0;
			for (ServiceEvent e : c.all) {
				LocalDate day = LocalDate.ofInstant(e.getOccurredAt().toInstant(),
						PlanningContext.zoneOf(e.getContact().getTimeZone()));
				for (int window : new int[] { 1, 2, 3, 7, 14 }) {
					for (int shift = -1; shift <= 1; shift++) {
						LocalDate made = day.plusDays(shift);
						int most = h.mostContactsOnMatter(e, made, window);
						assertEquals(defaults.mostContactsOnMatter(e, made, window), most,
								"complaint " + e.getId() + " on " + made + ", window " + window);
						asked++;
						if (window == 7 && shift == 0 && most >= 5) {
							collective++;
						}
					}
				}
			}
			assertEquals(300 * 5 * 3, asked);
			assertTrue(collective > 0 && collective < 300, "some collective, some not: " + collective);
		}
	}
}
