package org.revisit.core.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.Horizon;
import org.revisit.core.io.ImportBenchmark;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Campaign;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.ContactLoad;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * {@code revisit cli bench plan}: fills a fresh database with contacts and a realistic mix of what the
 * built-in call types read (solar and lunar birthdays, purchases, hotline tickets, on-site visits, trainings,
 * complaints, promised callbacks), plans {@value Planner#DEFAULT_DAYS} days for one campaign per call type,
 * then copies the same number of task rows with one raw {@code INSERT ... SELECT} into the same table (same
 * indexes), and reports both rates. Not a test: it prints figures.
 */
public final class PlanBenchmark {

	/** Figures of one run. */
	public record Result(int contacts, long events, PlanReport report, long planMillis, long heapMb, long rawRows,
			long rawMillis) {

		public double planRate() {
			return report.created() * 1000.0 / Math.max(1, planMillis);
		}

		public double rawRate() {
			return rawRows * 1000.0 / Math.max(1, rawMillis);
		}

		public double ratio() {
			return rawRate() == 0 ? 0 : planRate() / rawRate();
		}
	}

	private static final String PREFIX = "org.revisit.calltype."; //$NON-NLS-1$
	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$
	private static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑".split(""); //$NON-NLS-1$
	private static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华".split(""); //$NON-NLS-1$
	private static final String[] TAGS = { "VIP", "重点客户", "新客户", "华东区" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] MATTERS = { "打印机卡纸", "发票开错", "上门迟到", "网络中断" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private PlanBenchmark() {
	}

	/** Runs the benchmark in {@code workDir} (which gets two databases; the caller deletes it). */
	public static Result run(Path workDir, int contacts, LocalDate from, Consumer<String> log) throws IOException {
		int warmUp = Math.max(2_000, Math.min(20_000, contacts / 10));
		log.accept("Warming up with " + warmUp + " contacts");
		Path warm = workDir.resolve("warm-up");
		measure(warm, warmUp, from, s -> {
		});
		ImportBenchmark.deleteTree(warm);
		return measure(workDir.resolve("measured"), contacts, from, log);
	}

	private static Result measure(Path dir, int count, LocalDate from, Consumer<String> log) {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			log.accept("Generating " + count + " contacts and their service events");
			long events = generate(store, count, from);
			store.campaigns().insert(campaigns(from));
			CallTypeRegistry registry = CallTypeRegistry.read();
			Instant now = from.atTime(8, 0).atZone(SHANGHAI).toInstant();
			System.gc();
			log.accept("Planning " + Planner.DEFAULT_DAYS + " days from " + from);
			long t0 = System.nanoTime();
			HeapWatch heap = new HeapWatch();
			heap.start();
			PlanReport report = new Planner(store, registry).plan(Horizon.of(from, Planner.DEFAULT_DAYS), now, "bench", null);
			long planMillis = (System.nanoTime() - t0) / 1_000_000;
			heap.interrupt();
			log.accept("Copying " + report.created() + " task rows with one INSERT ... SELECT");
			long[] raw = store.inTransaction(c -> {
				long offset;
				try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM call_task")) {
					rs.next();
					offset = rs.getLong(1);
				}
				long t1 = System.nanoTime();
				int rows;
				try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, "
						+ "call_type, due_from, due_to, priority, attempts, state, reason, source_event_id, plan_key, version) "
						+ "SELECT id + ?, contact_id, campaign_id, call_type, due_from, due_to, priority, attempts, state, "
						+ "reason, source_event_id, plan_key || '#copy', version FROM call_task")) {
					p.setLong(1, offset);
					rows = p.executeUpdate();
				}
				return new long[] { rows, (System.nanoTime() - t1) / 1_000_000 };
			});
			return new Result(count, events, report, planMillis, heap.peakMb, raw[0], raw[1]);
		}
	}

	/** Samples the heap in use while planning runs. */
	private static final class HeapWatch extends Thread {
		volatile long peakMb;

		HeapWatch() {
			setDaemon(true);
		}

		@Override
		public void run() {
			Runtime r = Runtime.getRuntime();
			while (!isInterrupted()) {
				peakMb = Math.max(peakMb, (r.totalMemory() - r.freeMemory()) >> 20);
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	private static List<Campaign> campaigns(LocalDate from) {
		List<Campaign> result = new ArrayList<>();
		result.add(campaign("firstVisit", 60, Map.of()));
		result.add(campaign("returnVisit", 50, Map.of()));
		result.add(campaign("birthday", 40, Map.of()));
		result.add(campaign("holiday", 30, Map.of()));
		Campaign invitation = campaign("eventInvitation", 45, Map.of("eventDate", from.plusDays(25).toString()));
		invitation.setTargetFilter("tag:VIP"); //$NON-NLS-1$
		result.add(invitation);
		Campaign material = campaign("materialNotice", 35, Map.of("mailedOn", from.minusDays(1).toString()));
		material.setTargetFilter("tag:重点客户"); //$NON-NLS-1$
		result.add(material);
		result.add(campaign("hotlineSupervision", 75, Map.of()));
		result.add(campaign("onsiteSupervision", 72, Map.of()));
		result.add(campaign("trainingSupervision", 70, Map.of()));
		result.add(campaign("promisedCallback", 100, Map.of()));
		result.add(campaign("complaintFollowUp", 90, Map.of()));
		return result;
	}

	private static Campaign campaign(String type, int priority, Map<String, String> params) {
		Campaign c = RevisitFactory.eINSTANCE.createCampaign();
		c.setCallTypeId(PREFIX + type);
		c.setName("bench " + type); //$NON-NLS-1$
		c.setPriority(priority);
		c.setActive(true);
		c.getParameters().putAll(params);
		return c;
	}

	/**
	 * Contacts, events and callbacks; deterministic. The contacts go through the import's staged bulk path (a
	 * {@link ContactLoad}: into the empty table Derby inserts them in bulk and builds the indexes by sorting), so
	 * the random sequence is drawn twice: once to stage the contacts, once more, with their ids, to insert the
	 * events and callbacks 10,000 contacts at a time. Returns the number of events.
	 */
	private static long generate(Store store, int count, LocalDate from) {
		try (ContactLoad load = new ContactLoad()) {
			draw(count, from, load, null, null);
			long first = store.transaction(tx -> load.publish(tx));
			long[] events = { 0 };
			draw(count, from, null, (contacts, start) -> {
				for (int k = 0; k < contacts.size(); k++) {
					contacts.get(k).setId(first + start + k);
				}
			}, (batch, callbacks) -> store.transaction(tx -> {
				store.events().insert(tx, batch);
				store.callbacks().insert(tx, callbacks, 0);
				events[0] += batch.size();
				return null;
			}));
			return events[0];
		}
	}

	/**
	 * Draws the contacts and their events in batches of 10,000, always in the same order: stages the contacts into
	 * {@code load} if given, lets {@code ids} number a batch's contacts and {@code write} store its events and
	 * callbacks.
	 */
	private static void draw(int count, LocalDate from, ContactLoad load,
			java.util.function.ObjIntConsumer<List<Contact>> ids,
			java.util.function.BiConsumer<List<ServiceEvent>, List<Callback>> write) {
		Random random = new Random(20261123L);
		RevisitFactory f = RevisitFactory.eINSTANCE;
		for (int start = 0; start < count; start += 10_000) {
			int n = Math.min(10_000, count - start);
			List<Contact> contacts = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				contacts.add(contact(f, random));
			}
			if (load != null) {
				contacts.forEach(load::add);
			}
			if (ids != null) {
				ids.accept(contacts, start);
			}
			List<ServiceEvent> batch = new ArrayList<>();
			List<Callback> callbacks = new ArrayList<>();
			for (Contact k : contacts) {
				int roll = random.nextInt(1000);
				if (roll < 300) {
					batch.add(event(f, k, ServiceEventKind.PURCHASE, from, 1 + random.nextInt(120), random));
				}
				if (roll >= 300 && roll < 330) {
					batch.add(event(f, k, ServiceEventKind.HOTLINE_TICKET, from, random.nextInt(3), random));
				} else if (roll >= 330 && roll < 340) {
					batch.add(event(f, k, ServiceEventKind.ONSITE_VISIT, from, random.nextInt(3), random));
				} else if (roll >= 340 && roll < 350) {
					batch.add(event(f, k, ServiceEventKind.TRAINING, from, random.nextInt(20), random));
				} else if (roll >= 350 && roll < 355) {
					ServiceEvent e = event(f, k, ServiceEventKind.COMPLAINT, from, random.nextInt(60), random);
					e.setComplaintCategory(ComplaintCategory.get(1 + random.nextInt(7)));
					e.setSubject(MATTERS[random.nextInt(MATTERS.length)]);
					e.setResolved(random.nextBoolean());
					batch.add(e);
				} else if (roll >= 355 && roll < 360) {
					Callback cb = f.createCallback();
					cb.setContact(k);
					cb.setDueAt(Date.from(from.plusDays(random.nextInt(28)).atTime(9 + random.nextInt(7), 0)
							.atZone(SHANGHAI).toInstant()));
					cb.setSource(random.nextBoolean() ? CallbackSource.CALL : CallbackSource.COMPLAINT);
					cb.setReason("约定回电"); //$NON-NLS-1$
					callbacks.add(cb);
				}
			}
			if (write != null) {
				write.accept(batch, callbacks);
			}
		}
	}

	private static Contact contact(RevisitFactory f, Random random) {
		Contact c = f.createContact();
		c.setName(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
				+ GIVEN[random.nextInt(GIVEN.length)]);
		c.setTitle(random.nextBoolean() ? "先生" : "女士"); //$NON-NLS-1$ //$NON-NLS-2$
		c.setCompany("华信科技有限公司"); //$NON-NLS-1$
		PhoneNumber phone = f.createPhoneNumber();
		phone.setType(PhoneType.MOBILE);
		phone.setNumber("13" + (100_000_000 + random.nextInt(900_000_000))); //$NON-NLS-1$
		c.getPhones().add(phone);
		if (random.nextInt(10) < 8) {
			Birthday b = f.createBirthday();
			boolean lunar = random.nextInt(4) == 0;
			LocalDate d = LocalDate.ofYearDay(2000, 1 + random.nextInt(366));
			b.setCalendar(lunar ? CalendarKind.LUNAR : CalendarKind.SOLAR);
			b.setMonth(d.getMonthValue());
			b.setDay(lunar ? Math.min(d.getDayOfMonth(), 30) : d.getDayOfMonth());
			b.setYear(random.nextInt(3) == 0 ? 0 : 1960 + random.nextInt(40));
			if (!lunar && b.getMonth() == 2 && b.getDay() == 29) {
				b.setYear(random.nextBoolean() ? 1980 : 0);
			}
			c.setBirthday(b);
		}
		c.setTimeZone(random.nextInt(20) == 0 ? "Asia/Urumqi" : "Asia/Shanghai"); //$NON-NLS-1$ //$NON-NLS-2$
		c.setCustomerClass(CustomerClass.get(random.nextInt(3)));
		c.setDoNotCall(random.nextInt(100) == 0);
		c.setStatus(ContactStatus.ACTIVE);
		if (random.nextInt(5) == 0) {
			c.getTags().add(TAGS[random.nextInt(TAGS.length)]);
		}
		return c;
	}

	private static ServiceEvent event(RevisitFactory f, Contact contact, ServiceEventKind kind, LocalDate from,
			int daysAgo, Random random) {
		ServiceEvent e = f.createServiceEvent();
		e.setKind(kind);
		e.setContact(contact);
		e.setOccurredAt(Date.from(from.minusDays(daysAgo).atTime(8 + random.nextInt(10), random.nextInt(60))
				.atZone(SHANGHAI).toInstant()));
		return e;
	}
}
