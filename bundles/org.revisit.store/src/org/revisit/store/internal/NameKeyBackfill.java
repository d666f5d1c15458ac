package org.revisit.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.revisit.store.NameKeys;

/**
 * Schema version 18: adds {@code contact.name_key} with its index ({@code V18__name_keys.sql}) and fills it for the
 * contacts already stored, in batches on the migration's transaction.
 */
final class NameKeyBackfill {

	static final int VERSION = 18;

	static final String SCRIPT = "V18__name_keys.sql";

	private static final int BATCH = 2_000;

	private NameKeyBackfill() {
	}

	static String apply(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (String sql : Migrations.statements(SCRIPT)) {
				s.execute(sql);
			}
		}
		long filled = 0;
		try (Statement s = c.createStatement();
				PreparedStatement update = c.prepareStatement("UPDATE contact SET name_key = ? WHERE id = ?")) {
			s.setFetchSize(BATCH);
			try (ResultSet rs = s.executeQuery("SELECT id, name FROM contact")) {
				int inBatch = 0;
				while (rs.next()) {
					update.setString(1, NameKeys.of(rs.getString(2)));
					update.setLong(2, rs.getLong(1));
					update.addBatch();
					filled++;
					if (++inBatch == BATCH) {
						update.executeBatch();
						inBatch = 0;
					}
				}
				if (inBatch > 0) {
					update.executeBatch();
				}
			}
		}
		return "pinyin sort keys of contact names (" + filled + " filled)";
	}
}
