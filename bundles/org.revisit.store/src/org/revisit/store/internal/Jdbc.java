package org.revisit.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Binding and reading of the nullable values the repositories map; JDBC itself has no null-safe setters.
 * <p>
 * Every TIMESTAMP column holds UTC: Derby's TIMESTAMP is a wall-clock value without a zone, and JDBC without a
 * calendar writes and reads it in the JVM's default zone, so the same instant would be stored differently on
 * machines in different zones (and twice-occurring local times at the end of daylight saving would be ambiguous).
 * Bind and read timestamps only through {@link #setInstant}, {@link #getInstant}, {@link #setTimestamp} and
 * {@link #getTimestamp}.
 */
public final class Jdbc {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private Jdbc() {
	}

	/**
	 * A new UTC calendar for one call: a {@link Calendar} is mutable and not thread-safe, and the drivers set
	 * fields on the one they are given.
	 */
	public static Calendar utc() {
		return new GregorianCalendar(UTC, Locale.ROOT);
	}

	/** Binds {@code value} as a UTC wall-clock time; null gives NULL. */
	public static void setInstant(PreparedStatement p, int index, Instant value) throws SQLException {
		if (value == null) {
			p.setNull(index, Types.TIMESTAMP);
		} else {
			p.setTimestamp(index, Timestamp.from(value), utc());
		}
	}

	/** The UTC timestamp in column {@code index} as an instant, or null. */
	public static Instant getInstant(ResultSet rs, int index) throws SQLException {
		Timestamp t = rs.getTimestamp(index, utc());
		return t == null ? null : t.toInstant();
	}

	/** Binds {@code value} (what the model uses) as a UTC wall-clock time; null gives NULL. */
	public static void setTimestamp(PreparedStatement p, int index, java.util.Date value) throws SQLException {
		if (value == null) {
			p.setNull(index, Types.TIMESTAMP);
		} else {
			p.setTimestamp(index, new Timestamp(value.getTime()), utc());
		}
	}

	/** The UTC timestamp in column {@code index} as a {@link java.util.Date} (what the model uses), or null. */
	public static java.util.Date getTimestamp(ResultSet rs, int index) throws SQLException {
		Timestamp t = rs.getTimestamp(index, utc());
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
