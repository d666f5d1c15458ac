package org.revisit.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out blocks of ids from {@code id_block}. The update locks the row until the caller's transaction
 * ends, so two writers never get the same ids, and a rolled-back insert leaves at most a gap.
 */
public final class Ids {

	private Ids() {
	}

	/** Reserves {@code count} ids for {@code table} and returns the first. */
	public static long reserve(Connection c, String table, int count) throws SQLException {
		try (PreparedStatement up = c.prepareStatement("UPDATE id_block SET next_id = next_id + ? WHERE name = ?")) {
			up.setInt(1, count);
			up.setString(2, table);
			if (up.executeUpdate() != 1) {
				throw new SQLException("No id block for table " + table);
			}
		}
		try (PreparedStatement q = c.prepareStatement("SELECT next_id FROM id_block WHERE name = ?")) {
			q.setString(1, table);
			try (ResultSet rs = q.executeQuery()) {
				rs.next();
				return rs.getLong(1) - count;
			}
		}
	}
}
