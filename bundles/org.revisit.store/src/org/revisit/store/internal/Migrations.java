package org.revisit.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.revisit.store.StoreException;

/**
 * The schema's history. Each version is one SQL script in {@code schema/} of this bundle, or a step in Java for
 * what SQL cannot do, applied in its own transaction when a database is opened, so a database is always at one
 * whole version.
 */
public final class Migrations {

	/** A version done in Java, on the migration's transaction. */
	@FunctionalInterface
	public interface Step {
		/** Applies the step; returns the description recorded in {@code schema_version}. */
		String apply(Connection c) throws SQLException;
	}

	/** One step of the schema: an SQL {@code script}, or else a Java {@code step}. */
	public record Migration(int version, String script, String description, Step step) {

		public Migration(int version, String script, String description) {
			this(version, script, description, null);
		}
	}

	/** The script of version 26, run by {@code ReportSummaries.MIGRATION} before it folds what is stored. */
	public static final String REPORT_SUMMARIES = "V26__report_summaries.sql";

	/** The script of version 31, run by {@code ReportSummaries.PROMISE_MIGRATION} before it folds the promises. */
	public static final String PROMISE_SUMMARIES = "V31__promise_summaries.sql";

	private static final List<Migration> ALL = List.of(
			new Migration(1, "V1__initial.sql", "contacts, phones, campaigns, call tasks"),
			new Migration(2, "V2__full_model.sql", "service events, campaign settings, scripts, outcomes, callbacks, "
					+ "users, holiday calendars, audit"),
			new Migration(3, "V3__user_ids.sql", "numeric user ids for the audit trail"),
			new Migration(4, "V4__claim_order.sql", "index in claiming order"),
			new Migration(5, "V5__planner.sql", "plan keys, settings, planning runs"),
			new Migration(6, "V6__call_drafts.sql", "calls in progress"),
			new Migration(7, "V7__promises.sql", "promised callbacks linked to their calls, closed when the call ends"),
			new Migration(UtcTimestamps.VERSION, null, "times in UTC",
					c -> UtcTimestamps.convert(c, UtcTimestamps.legacyZone())),
			new Migration(9, "V9__people_and_audit.sql", "passwords, lockouts, an append-only audit trail of actions"),
			new Migration(10, "V10__claim_by_state.sql", "index in claiming order within each state"),
			new Migration(11, "V11__campaign_lifecycle.sql", "campaigns paused or ended"),
			new Migration(ClaimQueueSchema.VERSION, null, "callability on the call task; claim and queue order",
					ClaimQueueSchema::apply),
			new Migration(13, "V13__contact_pages.sql", "indexes for sorted and filtered pages of contacts"),
			new Migration(14, "V14__answer_library.sql", "the answer library and the replies used in calls"),
			new Migration(15, "V15__outcome_times.sql", "index of the calls by start time"),
			new Migration(NameKeyBackfill.VERSION, NameKeyBackfill.SCRIPT, "pinyin sort keys of contact names",
					NameKeyBackfill::apply),
			new Migration(19, "V19__campaign_names_and_share.sql", "campaign English name and weekly budget share"),
			new Migration(21, "V21__staged_rows.sql", "table functions reading the rows an import staged"),
			new Migration(25, "V25__answer_use_branch.sql", "the branch of a reply used in a call"),
			new Migration(26, REPORT_SUMMARIES, "report summaries", c -> org.revisit.store.ReportSummaries.MIGRATION.apply(c)),
			new Migration(27, "V27__report_lists.sql", "indexes of the reports' lists: promises by state and due time, calls latest first"),
			new Migration(28, "V28__contact_indexes.sql", "three indexes of contacts that nothing reads, dropped"),
			new Migration(29, "V29__plan_changes.sql", "what the daily planning run needs to decide only what changed"),
			new Migration(30, "V30__callback_contact_open.sql", "index of the open promised callbacks by contact"),
			new Migration(31, PROMISE_SUMMARIES, "promises in the report summaries",
					c -> org.revisit.store.ReportSummaries.PROMISE_MIGRATION.apply(c)),
			new Migration(32, "V32__complaint_index.sql", "index of the complaints report: the period's complaints"),
			new Migration(34, org.revisit.store.ComplaintFigures.SCRIPT, "complaints' closing time and follow-ups on their rows",
					c -> org.revisit.store.ComplaintFigures.MIGRATION.apply(c)));

	private Migrations() {
	}

	public static List<Migration> all() {
		return ALL;
	}

	public static int latestVersion() {
		return ALL.stream().mapToInt(Migration::version).max().orElse(0);
	}

	/** The schema version of the database, 0 for an empty database. */
	public static int currentVersion(Connection c) throws SQLException {
		try (ResultSet rs = c.getMetaData().getTables(null, null, "SCHEMA_VERSION", null)) {
			if (!rs.next()) {
				return 0;
			}
		}
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
			return rs.next() ? rs.getInt(1) : 0;
		}
	}

	/**
	 * Brings the database up to {@code target}, one transaction per version.
	 *
	 * @return the version reached
	 */
	public static int migrate(Connection c, int target, java.time.Clock clock) throws SQLException {
		return migrate(c, target, clock, () -> { /* nobody to tell */ });
	}

	/**
	 * As {@link #migrate(Connection, int, java.time.Clock)}, running {@code beforeFirst} once before the first
	 * version is applied (not at all when every version up to {@code target} is applied already).
	 */
	public static int migrate(Connection c, int target, java.time.Clock clock, Runnable beforeFirst) throws SQLException {
		boolean autoCommit = c.getAutoCommit();
		c.setAutoCommit(false);
		try {
			int current = currentVersion(c);
			ZoneId legacyZone = current < UtcTimestamps.VERSION ? UtcTimestamps.legacyZone() : null;
			if (current > latestVersion()) {
				throw new StoreException(null, Messages.Store_schemaNewer, current, latestVersion());
			}
			if (current == 0) {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("CREATE TABLE schema_version (version INT NOT NULL PRIMARY KEY, "
							+ "description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
				}
				c.commit();
			}
			// versions are applied by number, each once: a version numbered below one already applied (branches
			// that were numbered apart and merged later) is still applied
			java.util.Set<Integer> applied = current == 0 ? java.util.Set.of() : appliedVersions(c);
			boolean told = false;
			for (Migration m : ALL) {
				if (applied.contains(m.version()) || m.version() > target) {
					continue;
				}
				if (!told) {
					beforeFirst.run();
					told = true;
				}
				String description = m.description();
				if (m.step() != null) {
					description = m.step().apply(c);
				} else {
					try (Statement s = c.createStatement()) {
						for (String sql : statements(m.script())) {
							s.execute(sql);
						}
					}
				}
				try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
					p.setInt(1, m.version());
					p.setString(2, description.length() <= 200 ? description : description.substring(0, 200));
					// until the times are converted to UTC, the table holds the local times of the old versions
					if (m.version() < UtcTimestamps.VERSION) {
						p.setTimestamp(3, Timestamp.from(clock.instant()), UtcTimestamps.calendar(legacyZone));
					} else {
						Jdbc.setInstant(p, 3, clock.instant());
					}
					p.executeUpdate();
				}
				c.commit();
				current = Math.max(current, m.version());
			}
			return current;
		} catch (SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		} finally {
			c.setAutoCommit(autoCommit);
		}
	}

	private static java.util.Set<Integer> appliedVersions(Connection c) throws SQLException {
		java.util.Set<Integer> result = new java.util.HashSet<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
			while (rs.next()) {
				result.add(rs.getInt(1));
			}
		}
		return result;
	}

	/** The statements of a script: comment lines dropped, split at semicolons that end a line. */
	public static List<String> statements(String script) {
		String text;
		try (InputStream in = Migrations.class.getResourceAsStream("/schema/" + script)) {
			if (in == null) {
				throw new StoreException("Schema script schema/" + script + " is missing from the store bundle");
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Cannot read schema script " + script + ": " + e.getMessage(), e);
		}
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			if (trimmed.endsWith(";")) {
				current.append(trimmed, 0, trimmed.length() - 1);
				result.add(current.toString());
				current.setLength(0);
			} else {
				current.append(trimmed).append('\n');
			}
		}
		if (!current.isEmpty()) {
			result.add(current.toString());
		}
		return result;
	}
}
