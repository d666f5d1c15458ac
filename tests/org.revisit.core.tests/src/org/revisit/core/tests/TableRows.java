package org.revisit.core.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows of every table of the schema (not Derby's own): what "nothing changed" compares. */
final class TableRows {

	private TableRows() {
	}

	static Map<String, Long> count(Connection c) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				if (!rs.getString("TABLE_SCHEM").startsWith("SYS")) {
					tables.add(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"));
				}
			}
		}
		Map<String, Long> result = new TreeMap<>();
		try (Statement s = c.createStatement()) {
			for (String table : tables) {
				try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					result.put(table, rs.getLong(1));
				}
			}
		}
		return result;
	}
}
