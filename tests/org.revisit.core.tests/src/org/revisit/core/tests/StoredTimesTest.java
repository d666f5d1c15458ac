package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.store.internal.Jdbc;

/**
 * Times are stored as UTC, whatever the zone of the machine that writes or reads them: an instant reads back as
 * itself, the column holds its UTC wall-clock time, and a database written in one zone reads the same in another.
 */
class StoredTimesTest {

	/** 09:30 in Shanghai, 20:30 the evening before in New York. */
	private static final Instant DUE = Instant.parse("2026-11-23T01:30:00Z");
	/** The two moments New York calls 01:30 on 1 November 2026, when daylight saving ends (EDT, then EST). */
	private static final Instant FIRST_0130 = Instant.parse("2026-11-01T05:30:00Z");
	private static final Instant SECOND_0130 = Instant.parse("2026-11-01T06:30:00Z");
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;

	private final TimeZone machineZone = TimeZone.getDefault();

	@AfterEach
	void restoreTheMachineZone() {
		TimeZone.setDefault(machineZone);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "Asia/Shanghai", "America/New_York" })
	void aStoredInstantReadsBackAsItselfAndTheColumnHoldsUtc(String zone) {
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		try (Store store = Store.open(StoreConfig.embedded(dir).withClock(Clock.fixed(DUE, ZoneId.of(zone))))) {
			Contact contact = StoreTest.contact("王伟", "先生");
			contact.setConsentDate(Date.from(FIRST_0130));
			CallTask first = TaskFixtures.task(contact, FIRST_0130, 50);
			CallTask second = TaskFixtures.task(contact, SECOND_0130, 50);
			ServiceEvent event = RevisitFactory.eINSTANCE.createServiceEvent();
			event.setKind(ServiceEventKind.HOTLINE_TICKET);
			event.setContact(contact);
			event.setOccurredAt(Date.from(SECOND_0130));
			store.transaction(tx -> {
				store.contacts().insert(tx, List.of(contact));
				store.tasks().insert(tx, List.of(first, second));
				store.events().insert(tx, List.of(event));
				return null;
			});
			Callback callback = RevisitFactory.eINSTANCE.createCallback();
			callback.setContact(contact);
			callback.setDueAt(Date.from(SECOND_0130));
			callback.setSource(CallbackSource.CALL);
			store.callbacks().insert(List.of(callback));
			store.claims().claim(second.getId(), "alice", SECOND_0130, LEASE).orElseThrow();

			assertEquals(FIRST_0130, store.contacts().find(contact.getId()).getConsentDate().toInstant());
			assertEquals(List.of(FIRST_0130, SECOND_0130),
					store.tasks().openForContact(contact.getId()).stream().map(QueueItem::dueFrom).toList(),
					"both moments called 01:30 in New York stay apart");
			assertEquals(SECOND_0130.plus(LEASE), store.claims().find(second.getId()).leaseExpiry());
			assertEquals(SECOND_0130, store.events().pageByContact(contact.getId(), 0, 1).get(0).getOccurredAt().toInstant());
			assertEquals(SECOND_0130, store.callbacks().find(callback.getId()).getDueAt().toInstant());

			assertStoredAsUtc(store, "SELECT consent_date FROM contact WHERE id = ?", contact.getId(), FIRST_0130);
			assertStoredAsUtc(store, "SELECT due_from FROM call_task WHERE id = ?", first.getId(), FIRST_0130);
			assertStoredAsUtc(store, "SELECT due_from FROM call_task WHERE id = ?", second.getId(), SECOND_0130);
			assertStoredAsUtc(store, "SELECT lease_expiry FROM call_task WHERE id = ?", second.getId(),
					SECOND_0130.plus(LEASE));
			assertStoredAsUtc(store, "SELECT occurred_at FROM service_event WHERE id = ?", event.getId(), SECOND_0130);
			assertStoredAsUtc(store, "SELECT due_at FROM callback WHERE id = ?", callback.getId(), SECOND_0130);
			assertStoredAsUtc(store, "SELECT applied_at FROM schema_version WHERE version = ?", 1, DUE);
		}
	}

	/** The column read with a UTC calendar is the instant, and its text is the instant's UTC wall-clock time. */
	private static void assertStoredAsUtc(Store store, String sql, long key, Instant expected) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement(sql)) {
				p.setLong(1, key);
				try (ResultSet rs = p.executeQuery()) {
					assertTrue(rs.next(), sql);
					assertEquals(expected, rs.getTimestamp(1, Jdbc.utc()).toInstant(), sql);
					String utc = LocalDateTime.ofInstant(expected, ZoneOffset.UTC)
							.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
					assertTrue(rs.getString(1).startsWith(utc), sql + ": " + rs.getString(1) + " is not " + utc);
				}
			}
			return null;
		});
	}

	@Test
	void aDatabaseWrittenInShanghaiReadsTheSameInNewYork() {
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
		long taskId;
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			taskId = TaskFixtures.plan(store, 1, DUE, 50).get(0).getId();
		}
		TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			assertEquals(DUE, store.claims().find(taskId).dueFrom());
			assertEquals(List.of(taskId), store.tasks().queue(DUE.plusSeconds(1), null, 0, 10).stream()
					.map(QueueItem::taskId).toList(), "due before a moment just after it");
			assertTrue(store.tasks().queue(DUE, null, 0, 10).isEmpty(), "not due before the moment itself");
			assertTrue(store.claims().claimNext("bob", DUE.minusSeconds(1), LEASE).isEmpty(), "not due yet");
			assertEquals(taskId, store.claims().claimNext("bob", DUE, LEASE).orElseThrow().taskId());
		}
	}
}
