package org.revisit.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema version 12: callability kept on the call task, an index in claiming order over the tasks that may be
 * handed out and one in My Queue's order (script {@code V12__claim_and_queue_order.sql}); then drops the claim
 * indexes of versions 4 and 10, which nothing reads any more, where they still exist (so that another version
 * dropping one of them first does no harm).
 */
final class ClaimQueueSchema {

	static final int VERSION = 12;
	static final String SCRIPT = "V12__claim_and_queue_order.sql";
	private static final List<String> OBSOLETE = List.of("CALL_TASK_CLAIM_ORDER", "CALL_TASK_STATE_ORDER");

	private ClaimQueueSchema() {
	}

	static String apply(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (String sql : Migrations.statements(SCRIPT)) {
				s.execute(sql);
			}
			for (String index : OBSOLETE) {
				if (exists(c, index)) {
					s.execute("DROP INDEX " + index);
				}
			}
		}
		return "callability on the call task; indexes in claiming and queue order";
	}

	private static boolean exists(Connection c, String index) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"SELECT 1 FROM sys.sysconglomerates WHERE isindex AND conglomeratename = ?")) {
			p.setString(1, index);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next();
			}
		}
	}
}
