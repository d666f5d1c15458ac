package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.revisit.store.ReportQueries.Scope;

/**
 * One report query being written: its text and its parameters in order, and the filter clauses the reports
 * share. Times are stored as UTC wall-clock timestamps, so instants go in and come out with a UTC calendar.
 */
final class ReportSql {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC"); //$NON-NLS-1$

	private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final StringBuilder text = new StringBuilder();
	private final List<Object> params = new ArrayList<>();

	ReportSql add(String sql, Object... values) {
		text.append(sql);
		params.addAll(List.of(values));
		return this;
	}

	/** Appends another query's text and parameters (a part of a {@code UNION}). */
	ReportSql add(ReportSql part) {
		text.append(part.text);
		params.addAll(part.params);
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	PreparedStatement prepare(Connection c) throws SQLException {
		PreparedStatement p = c.prepareStatement(text.toString());
		int i = 1;
		for (Object v : params) {
			if (v instanceof Instant at) {
				p.setTimestamp(i++, Timestamp.from(at), Calendar.getInstance(UTC));
			} else if (v instanceof LocalDate day) {
				p.setDate(i++, java.sql.Date.valueOf(day));
			} else {
				p.setObject(i++, v);
			}
		}
		return p;
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column, Calendar.getInstance(UTC));
		return t == null ? null : t.toInstant();
	}

	/** A UTC timestamp literal of Derby (made from an instant, never from input). */
	static String literal(Instant at) {
		return "TIMESTAMP('" + LITERAL.format(at) + "')"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "?, ?, ?" for {@code n} values. */
	static String marks(int n) {
		return String.join(", ", java.util.Collections.nCopies(n, "?")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The first instant whose zone transitions the days are computed with. */
	private static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z"); //$NON-NLS-1$

	/** The last instant whose zone transitions the days are computed with. */
	private static final Instant LAST = Instant.parse("2200-01-01T00:00:00Z"); //$NON-NLS-1$

	/**
	 * {@code at} within 1970 to 2200, the years whose zone transitions the days are computed with: a timestamp
	 * outside them (a far-future placeholder such as year 9999) takes the offset of the nearest of those years, so
	 * that the day's CASE has a branch per transition of a few years, not of thousands.
	 */
	static Instant clamp(Instant at) {
		return at.isBefore(FIRST) ? FIRST : at.isAfter(LAST) ? LAST : at;
	}

	/**
	 * The day of a stored (UTC) timestamp column moved by {@code offset} (seconds, or an SQL expression of them,
	 * between -18 and +18 hours), computed on the stored fields: the time of day in seconds plus the offset says
	 * whether the day is the stored date, the day before or the day after, and that many days are added to noon of
	 * the stored date.
	 * <p>
	 * Not {@code DATE({fn TIMESTAMPADD(SQL_TSI_SECOND, offset, column)})}: Derby adds seconds with a calendar in the
	 * JVM's default zone, so across a daylight saving change of the computer's zone the result moved by an hour (a
	 * JVM in America/New_York put 2026-03-08 05:00 UTC minus five hours, New York's midnight, on 7 March). Adding
	 * days to noon keeps the time of day (a calendar adds days field by field, and no zone changes its clocks at
	 * noon); only a JVM in a zone that skipped a whole day (Pacific/Apia, 30 December 2011) would move the days
	 * next to it. A Java function would avoid the calendar altogether, but Derby does not group by an expression
	 * that calls one. The last and first days Derby has stay as they are (a day added to 9999-12-31 overflows).
	 * HOUR, MINUTE, SECOND and DATE read the stored fields without a calendar.
	 */
	static String day(Object offset, String column) {
		if (offset instanceof Integer o) {
			return day(o.intValue(), column);
		}
		return "CASE WHEN " + column + " < TIMESTAMP('9999-12-31 00:00:00') AND " + column //$NON-NLS-1$ //$NON-NLS-2$
				+ " >= TIMESTAMP('0001-01-02 00:00:00') THEN DATE({fn TIMESTAMPADD(SQL_TSI_DAY, (HOUR(" + column //$NON-NLS-1$
				+ ") * 3600 + MINUTE(" + column + ") * 60 + INT(SECOND(" + column + ")) + " + offset //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " + 86400) / 86400 - 1, TIMESTAMP(DATE(" + column + "), TIME('12:00:00')))}) ELSE DATE(" + column //$NON-NLS-1$ //$NON-NLS-2$
				+ ") END"; //$NON-NLS-1$
	}

	/**
	 * {@link #day(Object, String)} for one offset (UTC, Asia/Shanghai, a period without a change), the same day
	 * written more cheaply: the day before when the time of day is before {@code -offset}, the day after when it is
	 * at or after {@code 24 h - offset}, else the stored date (TIME truncates the fraction of a second, as the
	 * general form does). Measured on 1,048,576 timestamps at +08:00: 1.8 s, the general form 2.8 s, TIMESTAMPADD
	 * 1.2 s (docs/benchmarks.md, "Reports").
	 */
	private static String day(int offset, String column) {
		if (offset == 0) {
			return "DATE(" + column + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		String other = "DATE({fn TIMESTAMPADD(SQL_TSI_DAY, " + (offset < 0 ? -1 : 1) + ", TIMESTAMP(DATE(" + column //$NON-NLS-1$ //$NON-NLS-2$
				+ "), TIME('12:00:00')))})"; //$NON-NLS-1$
		int from = offset < 0 ? -offset : 86_400 - offset;
		String time = "TIME('" + String.format(Locale.ROOT, "%02d:%02d:%02d", from / 3600, from / 60 % 60, from % 60) + "')"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String when = offset < 0 ? "TIME(" + column + ") < " + time + " AND " + column //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " >= TIMESTAMP('0001-01-02 00:00:00')" //$NON-NLS-1$
				: "TIME(" + column + ") >= " + time + " AND " + column + " < TIMESTAMP('9999-12-31 00:00:00')"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return "CASE WHEN " + when + " THEN " + other + " ELSE DATE(" + column + ") END"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * The local day of a stored timestamp column in the scope's zone. A zone that changes its offset in the
	 * period (daylight saving time) gets one offset per stretch between changes, written as timestamp literals
	 * made here from the zone's rules (never from input), since Derby takes no parameter in a GROUP BY; a
	 * comparison {@code column < TIMESTAMP('...')} compares the stored fields (Derby uses no calendar there).
	 * Only the transitions of 1970 to 2200 count ({@link #clamp}).
	 */
	static String day(Scope s, String column) {
		ZoneRules rules = s.zoneId().getRules();
		Instant start = clamp(s.start());
		Instant end = clamp(s.end());
		StringBuilder offset = new StringBuilder();
		int open = 0;
		Instant at = start;
		for (ZoneOffsetTransition next = rules.nextTransition(at); next != null
				&& next.getInstant().isBefore(end); next = rules.nextTransition(at)) {
			offset.append("CASE WHEN ").append(column).append(" < ").append(literal(next.getInstant())) //$NON-NLS-1$ //$NON-NLS-2$
					.append(" THEN ").append(rules.getOffset(at).getTotalSeconds()).append(" ELSE "); //$NON-NLS-1$ //$NON-NLS-2$
			open++;
			at = next.getInstant();
		}
		if (open == 0) {
			return day(rules.getOffset(at).getTotalSeconds(), column);
		}
		offset.append(rules.getOffset(at).getTotalSeconds());
		offset.append(" END".repeat(open)); //$NON-NLS-1$
		return day(offset, column);
	}

	/** Seconds from one timestamp column to another, as a BIGINT, 0 when the second is missing. */
	static String seconds(String from, String to) {
		return "CAST(CASE WHEN " + to + " IS NULL THEN 0 ELSE {fn TIMESTAMPDIFF(SQL_TSI_SECOND, " + from + ", " + to //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ")} END AS BIGINT)"; //$NON-NLS-1$
	}

	/**
	 * The outcomes of calls made in the period, as {@code o}, with their task {@code t} and its service event
	 * {@code e} when the filter or the caller needs them; then the filter's conditions.
	 */
	static ReportSql outcomes(Scope f, String select, boolean task, boolean event) {
		boolean needTask = task || event || f.campaignId() != null || f.callType() != null || f.engineer() != null;
		boolean needEvent = event || f.engineer() != null;
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM call_outcome o"); //$NON-NLS-1$ //$NON-NLS-2$
		if (needTask) {
			sql.add(task ? " JOIN call_task t ON t.id = o.task_id" : " LEFT JOIN call_task t ON t.id = o.task_id"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (needEvent) {
			sql.add(event ? " JOIN service_event e ON e.id = t.source_event_id" //$NON-NLS-1$
					: " LEFT JOIN service_event e ON e.id = t.source_event_id"); //$NON-NLS-1$
		}
		return sql;
	}

	/** The WHERE clause of {@link #outcomes}: the period and the filters. */
	ReportSql whereOutcomes(Scope f) {
		add(" WHERE o.started_at >= ? AND o.started_at < ?", f.start(), f.end()); //$NON-NLS-1$
		return narrow(f, "o.agent"); //$NON-NLS-1$
	}

	/** The filters on campaign, call type, agent (column {@code agentColumn}) and engineer. */
	ReportSql narrow(Scope f, String agentColumn) {
		if (f.campaignId() != null) {
			add(" AND t.campaign_id = ?", f.campaignId()); //$NON-NLS-1$
		}
		if (f.callType() != null) {
			add(" AND t.call_type = ?", f.callType()); //$NON-NLS-1$
		}
		if (f.agent() != null) {
			add(" AND " + agentColumn + " = ?", f.agent()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (f.engineer() != null) {
			add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return this;
	}
}
