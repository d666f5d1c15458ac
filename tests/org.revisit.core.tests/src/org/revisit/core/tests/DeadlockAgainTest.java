package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

/**
 * {@link Store#inTransactionAgainAfterDeadlock}: the work of a transaction Derby chose as a deadlock's victim
 * (SQLState 40001, the transaction rolled back whole) runs again, up to three times, and what it wrote in the
 * failed tries is gone; any other failure is not tried again. The deadlock is the one Derby reports, thrown by the
 * work after a real write (a real deadlock on Derby's own tables cannot be made to happen on purpose).
 */
class DeadlockAgainTest {

	@TempDir
	Path dir;
	private Store store;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir.resolve("db")).withClock(TestClock.fixed()));
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static SQLException deadlock() {
		return new SQLTransactionRollbackException("A lock could not be obtained due to a deadlock", "40001");
	}

	private int settings() {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM app_setting WHERE name LIKE 'deadlock.%'");
					ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		});
	}

	private static void write(java.sql.Connection c, int n) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO app_setting (name, setting_value) VALUES (?, 'x')")) {
			p.setString(1, "deadlock." + n);
			p.executeUpdate();
		}
	}

	@Test
	void aDeadlockVictimRunsAgainAndItsFirstTryLeavesNothing() {
		AtomicInteger tries = new AtomicInteger();
		AtomicInteger undone = new AtomicInteger();
		int result = store.inTransactionAgainAfterDeadlock(c -> {
			int n = tries.incrementAndGet();
			write(c, n);
			if (n < 3) {
				throw deadlock();
			}
			return n;
		}, undone::incrementAndGet);
		assertEquals(3, result);
		assertEquals(2, undone.get(), "undone after each failed try");
		assertEquals(1, settings(), "only the third try's row is stored");
	}

	@Test
	void threeDeadlocksInARowAreReported() {
		AtomicInteger tries = new AtomicInteger();
		StoreException e = assertThrows(StoreException.class, () -> store.inTransactionAgainAfterDeadlock(c -> {
			write(c, tries.incrementAndGet());
			throw deadlock();
		}, null));
		assertEquals(3, tries.get(), e.getMessage());
		assertEquals(0, settings());
	}

	@Test
	void anotherFailureIsNotTriedAgain() {
		AtomicInteger tries = new AtomicInteger();
		assertThrows(StoreException.class, () -> store.inTransactionAgainAfterDeadlock(c -> {
			write(c, tries.incrementAndGet());
			throw new SQLException("the disk is full", "XSDG1");
		}, null));
		assertEquals(1, tries.get());
		assertEquals(0, settings());
	}
}
