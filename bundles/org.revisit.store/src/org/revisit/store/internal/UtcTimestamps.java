package org.revisit.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.revisit.store.StoreException;

/**
 * Schema version 8: every TIMESTAMP column is converted from the local time of the machines that wrote it to
 * UTC. Before, JDBC wrote each instant as the wall-clock time of the writing JVM's zone, so what a row meant
 * depended on the machine reading it. The wall-clock values are read in the zone they were written in
 * ({@link #legacyZone()}), which resolves daylight-saving transitions exactly as the old reads did, and written
 * back as UTC.
 * <p>
 * The columns are found in the database's own catalogue: whatever TIMESTAMP columns the schema has at this
 * version are converted (a column that a parallel schema change added, too). Rows are read and updated in
 * chunks in primary-key order, so memory stays flat and no row is converted twice; all of it runs in the
 * migration's one transaction, so a database is either wholly converted or not at all.
 */
public final class UtcTimestamps {

	/** The schema version that stores times in UTC. */
	public static final int VERSION = 8;

	/** The system property naming the zone the old times were written in (default: this machine's). */
	public static final String ZONE_PROPERTY = "revisit.migrateFromZone";

	/** The environment variable naming the zone the old times were written in; the property wins. */
	public static final String ZONE_VARIABLE = "REVISIT_MIGRATE_FROM_ZONE";

	/** Rows read and updated at a time. */
	static final int CHUNK = 2_000;

	private UtcTimestamps() {
	}

	/**
	 * The zone the times of a database before version {@value #VERSION} were written in: {@value #ZONE_PROPERTY}
	 * or {@value #ZONE_VARIABLE} if set (a team server whose agents' machines are in another zone than the
	 * server), else this machine's.
	 *
	 * @throws StoreException naming the setting if it is not a time zone
	 */
	public static ZoneId legacyZone() {
		String value = System.getProperty(ZONE_PROPERTY);
		String source = ZONE_PROPERTY;
		if (value == null || value.isBlank()) {
			value = System.getenv(ZONE_VARIABLE);
			source = ZONE_VARIABLE;
		}
		if (value == null || value.isBlank()) {
			return TimeZone.getDefault().toZoneId();
		}
		try {
			return ZoneId.of(value.strip());
		} catch (DateTimeException e) {
			throw new StoreException(e, Messages.Store_badZone, source, value);
		}
	}

	/** A new calendar in {@code zone}, for one call (calendars are mutable and not thread-safe). */
	static Calendar calendar(ZoneId zone) {
		return new GregorianCalendar(TimeZone.getTimeZone(zone), Locale.ROOT);
	}

	/**
	 * Converts every TIMESTAMP column of the current schema from {@code from} to UTC, on the caller's
	 * transaction.
	 *
	 * @return what was done, for {@code schema_version}: the zone assumed and how many values were converted
	 */
	public static String convert(Connection c, ZoneId from) throws SQLException {
		long values = 0;
		for (Map.Entry<String, List<String>> table : timestampColumns(c).entrySet()) {
			values += convert(c, table.getKey(), primaryKey(c, table.getKey()), table.getValue(), from);
		}
		return "times in UTC (" + values + " values converted from " + from.getId() + ")";
	}

	/** The TIMESTAMP columns of the tables of the current schema, by table, in the catalogue's order. */
	public static Map<String, List<String>> timestampColumns(Connection c) throws SQLException {
		Map<String, List<String>> result = new LinkedHashMap<>();
		DatabaseMetaData meta = c.getMetaData();
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		for (String table : tables) {
			try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, "%")) {
				while (rs.next()) {
					if (rs.getInt("DATA_TYPE") == Types.TIMESTAMP) {
						result.computeIfAbsent(table, t -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
					}
				}
			}
		}
		return result;
	}

	private static List<String> primaryKey(Connection c, String table) throws SQLException {
		Map<Integer, String> bySeq = new java.util.TreeMap<>();
		try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
			while (rs.next()) {
				bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
			}
		}
		if (bySeq.isEmpty()) {
			throw new StoreException("Table " + table + " has no primary key; its times cannot be converted to UTC");
		}
		return new ArrayList<>(bySeq.values());
	}

	/**
	 * Converts {@code columns} of {@code table}, {@value #CHUNK} rows at a time in key order: each chunk starts
	 * after the last key of the one before, and keys do not change, so every row is read exactly once.
	 *
	 * @return the number of non-null values converted
	 */
	private static long convert(Connection c, String table, List<String> key, List<String> columns, ZoneId from)
			throws SQLException {
		String keyList = String.join(", ", quoted(key));
		String columnList = String.join(", ", quoted(columns));
		String anyValue = "(" + String.join(" OR ", quoted(columns).stream().map(q -> q + " IS NOT NULL").toList()) + ")";
		String select = "SELECT " + keyList + ", " + columnList + " FROM " + quote(table) + " WHERE " + anyValue;
		String order = " ORDER BY " + keyList + " FETCH FIRST " + CHUNK + " ROWS ONLY";
		String update = "UPDATE " + quote(table) + " SET "
				+ String.join(", ", quoted(columns).stream().map(q -> q + " = ?").toList()) + " WHERE "
				+ String.join(" AND ", quoted(key).stream().map(q -> q + " = ?").toList());
		long converted = 0;
		Object[] last = null;
		try (PreparedStatement first = c.prepareStatement(select + order);
				PreparedStatement next = c.prepareStatement(select + " AND " + after(key) + order);
				PreparedStatement u = c.prepareStatement(update)) {
			while (true) {
				PreparedStatement q = last == null ? first : next;
				if (last != null) {
					bindAfter(q, last);
				}
				int rows = 0;
				try (ResultSet rs = q.executeQuery()) {
					while (rs.next()) {
						rows++;
						Object[] keyValues = new Object[key.size()];
						for (int k = 0; k < key.size(); k++) {
							keyValues[k] = rs.getObject(k + 1);
						}
						for (int i = 0; i < columns.size(); i++) {
							Timestamp local = rs.getTimestamp(key.size() + i + 1, calendar(from));
							if (local == null) {
								u.setNull(i + 1, Types.TIMESTAMP);
							} else {
								u.setTimestamp(i + 1, local, Jdbc.utc());
								converted++;
							}
						}
						for (int k = 0; k < key.size(); k++) {
							u.setObject(columns.size() + k + 1, keyValues[k]);
						}
						u.addBatch();
						last = keyValues;
					}
				}
				if (rows == 0) {
					return converted;
				}
				u.executeBatch();
				if (rows < CHUNK) {
					return converted;
				}
			}
		}
	}

	/**
	 * Rows after a key: {@code k1 >= ? AND ((k1 > ?) OR (k1 = ? AND k2 > ?) OR ...)}, for a key of any length;
	 * the leading {@code k1 >= ?} lets Derby start the scan in the key's index.
	 */
	private static String after(List<String> key) {
		List<String> alternatives = new ArrayList<>();
		for (int i = 0; i < key.size(); i++) {
			List<String> terms = new ArrayList<>();
			for (int j = 0; j < i; j++) {
				terms.add(quote(key.get(j)) + " = ?");
			}
			terms.add(quote(key.get(i)) + " > ?");
			alternatives.add("(" + String.join(" AND ", terms) + ")");
		}
		return quote(key.get(0)) + " >= ? AND (" + String.join(" OR ", alternatives) + ")";
	}

	private static void bindAfter(PreparedStatement p, Object[] last) throws SQLException {
		p.setObject(1, last[0]);
		int index = 2;
		for (int i = 0; i < last.length; i++) {
			for (int j = 0; j <= i; j++) {
				p.setObject(index++, last[j]);
			}
		}
	}

	private static List<String> quoted(List<String> names) {
		return names.stream().map(UtcTimestamps::quote).toList();
	}

	/** Catalogue names are upper case; quoting keeps them exact. */
	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}
}
