package org.revisit.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/** Binding and reading of the nullable values the repositories map; JDBC itself has no null-safe setters. */
public final class Jdbc {

	private Jdbc() {
	}

	public static void setTimestamp(PreparedStatement p, int index, java.util.Date value) throws SQLException {
		if (value == null) {
			p.setNull(index, Types.TIMESTAMP);
		} else {
			p.setTimestamp(index, new Timestamp(value.getTime()));
		}
	}

	/** The timestamp in column {@code index} as a {@link java.util.Date} (what the model uses), or null. */
	public static java.util.Date getTimestamp(ResultSet rs, int index) throws SQLException {
		Timestamp t = rs.getTimestamp(index);
		return t == null ? null : new java.util.Date(t.getTime());
	}

	public static void setDate(PreparedStatement p, int index, LocalDate value) throws SQLException {
		if (value == null) {
			p.setNull(index, Types.DATE);
		} else {
			p.setDate(index, Date.valueOf(value));
		}
	}

	public static LocalDate getDate(ResultSet rs, int index) throws SQLException {
		Date d = rs.getDate(index);
		return d == null ? null : d.toLocalDate();
	}

	/** Binds a reference to another row; id 0 (not stored, or no reference) becomes NULL. */
	public static void setId(PreparedStatement p, int index, long id) throws SQLException {
		if (id == 0) {
			p.setNull(index, Types.BIGINT);
		} else {
			p.setLong(index, id);
		}
	}

	/** A referenced row's id, 0 for NULL. */
	public static long getId(ResultSet rs, int index) throws SQLException {
		long id = rs.getLong(index);
		return rs.wasNull() ? 0 : id;
	}

	/** "?, ?, ?" with {@code count} placeholders, for an IN list of one page of ids. */
	public static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	public static void setLongs(PreparedStatement p, int first, List<Long> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			p.setLong(first + i, values.get(i));
		}
	}
}
