package org.revisit.core.tests;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import org.revisit.core.demo.DemoData;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.model.Script;
import org.revisit.store.Store;

/**
 * A known week of calls for the report tests (2026-11-16 to 2026-11-23 in Asia/Shanghai; the tests' clock says
 * 2026-11-23T01:00Z), written row by row so that every figure can be counted by hand:
 * <ul>
 * <li>campaign 1 "Return visits": task 1 (张三, attempted three times, completed by wang, 300 s, dissatisfied, data
 * corrected), task 2 (李四 left the company; the call was made with the successor 王五, completed by wang, 180 s,
 * satisfied, data verified unchanged), task 3 (unreachable after 3 attempts), task 4 (wrong number), task 5
 * (planned, not attempted), task 6 (cancelled: not counted), task 7 (before the period), task 8 (li, callback
 * agreed, 60 s);</li>
 * <li>campaign 2 "Hotline supervision": task 9 (event 1, engineer 张工; zhou; 240 s; no staff number, attitude
 * dissatisfied, overall dissatisfied, score 1);</li>
 * <li>promises 1 (one minute late), 2 (on time), 3 (unreachable), 4 (overdue), 5 (open), 6 (superseded), 7 (on time,
 * closes complaint 3 in 2 hours);</li>
 * <li>complaints: 2 (service delay, general), 3 (attitude, major, resolved, two follow-ups, one done), 4 to 9 (fees,
 * "发票开错", five contacts, six complaints: collective).</li>
 * </ul>
 */
final class ReportFixtures {

	static final String RV = DemoData.RETURN_VISIT;
	static final String HS = DemoData.HOTLINE_SUPERVISION;
	static final String SCORE = "satisfaction score";

	private ReportFixtures() {
	}

	static Script script(String callType) {
		return BuiltinScripts.read("en", callType).scripts().get(0);
	}

	static void write(Store store) {
		Script rv = script(RV);
		Script hs = script(HS);
		store.inTransaction(c -> {
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO contact (id, name) VALUES (1, '张三'), (3, '王五'), (4, '赵六'), (5, 'A'), "
						+ "(6, 'B'), (7, 'C'), (8, 'D'), (9, 'E')");
				s.executeUpdate("INSERT INTO contact (id, name, status, successor_id) VALUES (2, '李四', 'LEFT_COMPANY', 3)");
				s.executeUpdate("INSERT INTO campaign (id, call_type, name) VALUES (1, '" + RV + "', 'Return visits'), (2, '"
						+ HS + "', 'Hotline supervision')");
				s.executeUpdate("UPDATE id_block SET next_id = 100 WHERE name IN ('contact', 'campaign', 'call_task', "
						+ "'call_outcome', 'callback', 'service_event', 'follow_up')");
			}
			event(c, 1, "HOTLINE_TICKET", "2026-11-20T06:00:00Z", 4, "张工", "printer", "NONE", "NONE", false);
			event(c, 2, "COMPLAINT", "2026-11-17T01:00:00Z", 4, null, "配件迟迟未到", "SERVICE_DELAY", "GENERAL", false);
			event(c, 3, "COMPLAINT", "2026-11-18T00:00:00Z", 1, "李工", "engineer was rude", "ATTITUDE", "MAJOR", true);
			String[] subjects = { "发票开错", " 发票开错", "发票开错 ", "发票开错", "发票开错", "发票开错" };
			long[] who = { 5, 6, 7, 8, 9, 5 };
			for (int i = 0; i < subjects.length; i++) {
				event(c, 4 + i, "COMPLAINT", "2026-11-19T0" + i + ":00:00Z", who[i], null, subjects[i], "FEES", "GENERAL",
						false);
			}
			task(c, 1, 1, 1L, RV, "2026-11-17T02:00:00Z", 3, "COMPLETED", null, null, null);
			task(c, 2, 3, 1L, RV, "2026-11-18T02:00:00Z", 1, "COMPLETED", null, null, null);
			task(c, 3, 4, 1L, RV, "2026-11-18T03:00:00Z", 3, "UNREACHABLE", "NO_ANSWER after 3 of 3", null, null);
			task(c, 4, 4, 1L, RV, "2026-11-19T03:00:00Z", 1, "COMPLETED", "WRONG_NUMBER", null, null);
			task(c, 5, 1, 1L, RV, "2026-11-19T04:00:00Z", 0, "PLANNED", null, null, null);
			task(c, 6, 1, 1L, RV, "2026-11-19T05:00:00Z", 0, "CANCELLED", null, null, null);
			task(c, 7, 1, 1L, RV, "2026-11-10T02:00:00Z", 1, "COMPLETED", null, null, null);
			task(c, 8, 3, 1L, RV, "2026-11-20T02:00:00Z", 1, "COMPLETED", null, null, null);
			task(c, 9, 4, 2L, HS, "2026-11-21T02:00:00Z", 2, "COMPLETED", null, 1L, null);
			task(c, 10, 1, null, "org.revisit.calltype.promisedCallback", "2026-11-12T02:00:00Z", 1, "COMPLETED", null,
					null, 7L);
			outcome(c, 1, 1, 1, "wang", "2026-11-17T02:00:00Z", 300, "COMPLETED", rv, "1=yes", "4=convenient",
					"7=dissatisfied", "12=yes", "13=dissatisfied");
			score(c, 1, 2);
			value(c, 1, "the reason", "too slow");
			value(c, 1, "the changed company details", "new fax");
			outcome(c, 2, 2, 3, "wang", "2026-11-18T02:00:00Z", 180, "COMPLETED", rv, "1=no", "2=has left", "3=yes",
					"4=convenient", "7=satisfied", "12=no", "13=satisfied");
			score(c, 2, 5);
			outcome(c, 7, 7, 1, "wang", "2026-11-10T02:00:00Z", 100, "COMPLETED", rv, "1=yes");
			score(c, 7, 4);
			outcome(c, 8, 8, 3, "li", "2026-11-20T02:00:00Z", 60, "CALLBACK", rv, "1=yes", "4=not convenient");
			outcome(c, 9, 9, 4, "zhou", "2026-11-21T02:00:00Z", 240, "COMPLETED", hs, "1=yes", "4=convenient", "5=no",
					"6=yes", "7=dissatisfied", "8=satisfied", "9=yes", "10=dissatisfied");
			score(c, 9, 1);
			value(c, 9, "the reason", "rude");
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE call_outcome SET notes = 'customer upset' WHERE id = 9");
			}
			outcome(c, 10, 10, 1, "li", "2026-11-12T02:00:00Z", 120, "COMPLETED", rv);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("INSERT INTO follow_up (id, outcome_id, contact_id, assignee, text, done, created_at) "
						+ "VALUES (1, 10, 1, 'engineer', 'visit', TRUE, TIMESTAMP('2026-11-12 02:02:00')), "
						+ "(2, 10, 1, 'engineer', 'call back', FALSE, TIMESTAMP('2026-11-12 02:02:00'))");
			}
			callback(c, 1, 1, "2026-11-17T06:00:00Z", "wang", "CALL", null, "DONE", "2026-11-17T06:01:00Z");
			callback(c, 2, 3, "2026-11-18T06:00:00Z", "wang", "CALL", null, "DONE", "2026-11-18T05:00:00Z");
			callback(c, 3, 4, "2026-11-19T06:00:00Z", "li", "COMPLAINT", 2L, "UNREACHABLE", "2026-11-19T08:00:00Z");
			callback(c, 4, 4, "2026-11-20T06:00:00Z", "li", "COMPLAINT", 2L, null, null);
			callback(c, 5, 1, "2026-11-23T06:00:00Z", "wang", "MANUAL", null, null, null);
			callback(c, 6, 1, "2026-11-21T02:00:00Z", "wang", "MANUAL", null, "SUPERSEDED", "2026-11-20T02:00:00Z");
			callback(c, 7, 1, "2026-11-18T04:00:00Z", "li", "COMPLAINT", 3L, "DONE", "2026-11-18T02:00:00Z");
			return null;
		});
	}

	private static Timestamp at(String instant) {
		return Timestamp.from(Instant.parse(instant));
	}

	private static Calendar utc() {
		return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
	}

	private static void event(java.sql.Connection c, long id, String kind, String at, long contact, String engineer,
			String subject, String category, String severity, boolean resolved) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO service_event (id, kind, occurred_at, contact_id, "
				+ "engineer, subject, complaint_category, severity, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setString(2, kind);
			p.setTimestamp(3, at(at), utc());
			p.setLong(4, contact);
			p.setString(5, engineer);
			p.setString(6, subject);
			p.setString(7, category);
			p.setString(8, severity);
			p.setBoolean(9, resolved);
			p.executeUpdate();
		}
	}

	static void task(java.sql.Connection c, long id, long contact, Long campaign, String type, String due,
			int attempts, String state, String reason, Long event, Long callback) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_task (id, contact_id, campaign_id, call_type, "
				+ "due_from, due_to, priority, attempts, state, reason, source_event_id, callback_id) "
				+ "VALUES (?, ?, ?, ?, ?, ?, 50, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setLong(2, contact);
			p.setObject(3, campaign);
			p.setString(4, type);
			p.setTimestamp(5, at(due), utc());
			p.setTimestamp(6, Timestamp.from(Instant.parse(due).plusSeconds(3600)), utc());
			p.setInt(7, attempts);
			p.setString(8, state);
			p.setString(9, reason);
			p.setObject(10, event);
			p.setObject(11, callback);
			p.executeUpdate();
		}
	}

	private static void outcome(java.sql.Connection c, long id, long task, long contact, String agent, String start,
			int seconds, String disposition, Script script, String... steps) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome (id, task_id, contact_id, agent, "
				+ "started_at, ended_at, disposition, script_id, script_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setLong(2, task);
			p.setLong(3, contact);
			p.setString(4, agent);
			p.setTimestamp(5, at(start), utc());
			p.setTimestamp(6, Timestamp.from(Instant.parse(start).plusSeconds(seconds)), utc());
			p.setString(7, disposition);
			p.setString(8, script.getScriptId());
			p.setInt(9, script.getScriptVersion());
			p.executeUpdate();
		}
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome_step (outcome_id, seq, step_number, "
				+ "answer_label, stepped_at) VALUES (?, ?, ?, ?, ?)")) {
			int seq = 0;
			for (String step : steps) {
				String[] parts = step.split("=", 2);
				p.setLong(1, id);
				p.setInt(2, seq++);
				p.setInt(3, Integer.parseInt(parts[0]));
				p.setString(4, parts[1]);
				p.setTimestamp(5, at(start), utc());
				p.executeUpdate();
			}
		}
	}

	private static void score(java.sql.Connection c, long outcome, int score) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO call_outcome_score (outcome_id, aspect, score) VALUES (?, ?, ?)")) {
			p.setLong(1, outcome);
			p.setString(2, SCORE);
			p.setInt(3, score);
			p.executeUpdate();
		}
	}

	private static void value(java.sql.Connection c, long outcome, String field, String value) throws SQLException {
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO call_outcome_value (outcome_id, field, field_value) VALUES (?, ?, ?)")) {
			p.setLong(1, outcome);
			p.setString(2, field);
			p.setString(3, value);
			p.executeUpdate();
		}
	}

	private static void callback(java.sql.Connection c, long id, long contact, String due, String owner, String source,
			Long event, String closedAs, String closedAt) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO callback (id, contact_id, due_at, owner, source, "
				+ "service_event_id, done, closed_as, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setLong(2, contact);
			p.setTimestamp(3, at(due), utc());
			p.setString(4, owner);
			p.setString(5, source);
			p.setObject(6, event);
			p.setBoolean(7, closedAs != null);
			p.setString(8, closedAs);
			if (closedAt == null) {
				p.setNull(9, java.sql.Types.TIMESTAMP);
			} else {
				p.setTimestamp(9, at(closedAt), utc());
			}
			p.executeUpdate();
		}
	}
}
