package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.CallTask;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;
import org.revisit.store.TaskClaims;

/**
 * A claim and what is written with it (the audit record) are one transaction: both are stored, or, when the record
 * cannot be written, neither (the task stays in the pool).
 */
class ClaimAuditTest {

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
	private static final Duration LEASE = Duration.ofMinutes(30);

	@TempDir
	Path dir;

	private static TaskClaims.OnClaim audit(Store store) {
		return (c, task) -> store.audit().record(c, NOW, "alice", AuditActions.CLAIM, "CallTask", task.taskId(), null,
				null);
	}

	@Test
	void theClaimAndItsRecordAreStoredTogether() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask task = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 50).get(0);
			assertEquals(task.getId(),
					store.claims().claimNext("alice", NOW, LEASE, java.util.Set.of(), audit(store)).orElseThrow().taskId());
			assertEquals("CLAIMED", ClaimTest.state(store, task.getId()));
			assertEquals(1, claimRecords(store, task.getId()));
		}
	}

	@Test
	void aRecordThatCannotBeWrittenUndoesTheClaim() {
		try (Store store = Store.open(StoreConfig.embedded(dir))) {
			CallTask next = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(1)), 50).get(0);
			CallTask byId = TaskFixtures.plan(store, 1, NOW.minus(Duration.ofHours(2)), 10).get(0);
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					// a rule the audit trail does not have, so that the record fails in the database
					s.execute("ALTER TABLE audit_entry ADD CONSTRAINT no_claims CHECK (action <> 'CLAIM')");
				}
				return null;
			});
			assertThrows(StoreException.class,
					() -> store.claims().claimNext("alice", NOW, LEASE, java.util.Set.of(), audit(store)));
			assertEquals("PLANNED", ClaimTest.state(store, next.getId()));
			assertThrows(StoreException.class,
					() -> store.claims().claim(byId.getId(), "alice", NOW, LEASE, audit(store)));
			assertEquals("PLANNED", ClaimTest.state(store, byId.getId()));
			assertEquals(0, claimRecords(store, next.getId()) + claimRecords(store, byId.getId()));
		}
	}

	private static int claimRecords(Store store, long taskId) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT COUNT(*) FROM audit_entry WHERE action = 'CLAIM' AND entity_id = ?")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					rs.next();
					return rs.getInt(1);
				}
			}
		});
	}
}
