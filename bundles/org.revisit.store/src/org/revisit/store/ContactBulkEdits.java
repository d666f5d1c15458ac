package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import org.revisit.store.internal.Messages;
import org.revisit.model.AuditEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.store.internal.Jdbc;

/**
 * Applies one {@link ContactBulk} change to many contacts in one transaction: each contact that really changes
 * gets its version raised and one audit entry per changed field (as an edit in the form would), so an open form
 * on one of them is refused on save. Contacts that already are as asked are left alone. Works through the ids in
 * chunks, reporting progress after each; a cancel between chunks rolls everything back.
 */
public final class ContactBulkEdits {

	/** Where the work stands, and whether to stop. */
	public interface Monitor {
		void begin(long total);

		void worked(long done);

		boolean cancelled();
	}

	/** What was done: the contacts found among those asked for, and those changed. */
	public record Result(long matched, long changed) {
	}

	private static final int CHUNK = 500;

	private final Store store;

	public ContactBulkEdits(Store store) {
		this.store = store;
	}

	/**
	 * Applies {@code change} to the contacts with {@code ids} (when not {@code null}) or else to every contact
	 * matching {@code filter}, as done by {@code who}.
	 *
	 * @throws CancellationException if the monitor asked to stop; nothing is written
	 */
	public Result apply(ContactBulk change, long[] ids, ContactFilter filter, String who, Monitor monitor) {
		return apply(change, ids, filter, who, monitor, null);
	}

	/**
	 * As {@link #apply(ContactBulk, long[], ContactFilter, String, Monitor)}, and appends the audit entry
	 * {@code audit} makes of the result in the same transaction: the change and its entry are stored together or
	 * not at all. {@code audit} may be {@code null}.
	 */
	public Result apply(ContactBulk change, long[] ids, ContactFilter filter, String who, Monitor monitor,
			java.util.function.Function<Result, AuditRecord> audit) {
		AuditRepository.requireWho(who);
		Instant now = store.clock().instant();
		return store.inTransaction(c -> {
			long[] targets = ids != null ? distinctSorted(ids) : matching(c, filter);
			monitor.begin(targets.length);
			long matched = 0;
			long changed = 0;
			for (int from = 0; from < targets.length; from += CHUNK) {
				if (monitor.cancelled()) {
					throw new CancellationException(Messages.Store_bulkCancelled);
				}
				long[] chunk = Arrays.copyOfRange(targets, from, Math.min(targets.length, from + CHUNK));
				Map<Long, Row> rows = read(c, chunk);
				matched += rows.size();
				changed += applyChunk(c, change, rows, who, now);
				monitor.worked(chunk.length);
			}
			Result result = new Result(matched, changed);
			if (audit != null) {
				store.audit().append(new Tx(c), audit.apply(result));
			}
			return result;
		});
	}

	private static long[] distinctSorted(long[] ids) {
		return Arrays.stream(ids).filter(id -> id > 0).sorted().distinct().toArray();
	}

	private static long[] matching(Connection c, ContactFilter filter) throws SQLException {
		java.util.stream.LongStream.Builder all = java.util.stream.LongStream.builder();
		ContactQueries.forEachId(new Tx(c), filter, all::add);
		return all.build().toArray();
	}

	/** What a bulk change looks at of one contact. */
	private static final class Row {
		final long id;
		String agent;
		boolean doNotCall;
		Date dncDate;
		String dncSource;
		final TreeSet<String> tags = new TreeSet<>();

		Row(long id) {
			this.id = id;
		}
	}

	private static Map<Long, Row> read(Connection c, long[] chunk) throws SQLException {
		Map<Long, Row> rows = new HashMap<>();
		try (PreparedStatement p = c.prepareStatement("SELECT id, owning_agent, do_not_call, dnc_date, dnc_source "
				+ "FROM contact WHERE id IN " + ContactQueries.in(chunk.length))) {
			bind(p, chunk);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					Row row = new Row(rs.getLong(1));
					row.agent = rs.getString(2);
					row.doNotCall = rs.getBoolean(3);
					row.dncDate = Jdbc.getTimestamp(rs, 4);
					row.dncSource = rs.getString(5);
					rows.put(row.id, row);
				}
			}
		}
		try (PreparedStatement p = c.prepareStatement("SELECT contact_id, tag FROM contact_tag WHERE contact_id IN "
				+ ContactQueries.in(chunk.length))) {
			bind(p, chunk);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					rows.get(rs.getLong(1)).tags.add(rs.getString(2));
				}
			}
		}
		return rows;
	}

	private static void bind(PreparedStatement p, long[] ids) throws SQLException {
		for (int i = 0; i < ids.length; i++) {
			p.setLong(i + 1, ids[i]);
		}
	}

	private long applyChunk(Connection c, ContactBulk change, Map<Long, Row> rows, String who, Instant now)
			throws SQLException {
		List<AuditEntry> audit = new ArrayList<>();
		String value = change.value() == null || change.value().isBlank() ? null : change.value().strip();
		List<Row> changing = new ArrayList<>();
		for (Row row : rows.values()) {
			switch (change.kind()) {
			case ASSIGN_AGENT -> {
				if (!Objects.equals(row.agent, value)) {
					audit.add(entry(who, now, row.id, "owningAgent", row.agent, value));
					changing.add(row);
				}
			}
			case ADD_TAG, REMOVE_TAG -> {
				boolean add = change.kind() == ContactBulk.Kind.ADD_TAG;
				if (row.tags.contains(value) != add) {
					String before = String.join(", ", row.tags);
					if (add) {
						row.tags.add(value);
					} else {
						row.tags.remove(value);
					}
					audit.add(entry(who, now, row.id, "tags", before, String.join(", ", row.tags)));
					changing.add(row);
				}
			}
			case DO_NOT_CALL -> {
				if (!row.doNotCall) {
					audit.add(entry(who, now, row.id, "doNotCall", "false", "true"));
					audit.add(entry(who, now, row.id, "doNotCallSince", since(row.dncDate, row.dncSource),
							since(Date.from(now), value)));
					changing.add(row);
				}
			}
			}
		}
		if (changing.isEmpty()) {
			return 0;
		}
		write(c, change.kind(), value, changing, now);
		store.audit().append(new Tx(c), audit);
		return changing.size();
	}

	private static void write(Connection c, ContactBulk.Kind kind, String value, List<Row> changing, Instant now)
			throws SQLException {
		String sql = switch (kind) {
		case ASSIGN_AGENT -> "UPDATE contact SET owning_agent = ?, version = version + 1 WHERE id = ?";
		case DO_NOT_CALL -> "UPDATE contact SET do_not_call = TRUE, dnc_date = ?, dnc_source = ?, "
				+ "version = version + 1 WHERE id = ?";
		case ADD_TAG, REMOVE_TAG -> "UPDATE contact SET version = version + 1 WHERE id = ?";
		};
		try (PreparedStatement p = c.prepareStatement(sql)) {
			for (Row row : changing) {
				int i = 1;
				if (kind == ContactBulk.Kind.ASSIGN_AGENT) {
					p.setString(i++, value);
				} else if (kind == ContactBulk.Kind.DO_NOT_CALL) {
					Jdbc.setInstant(p, i++, now);
					p.setString(i++, value);
				}
				p.setLong(i, row.id);
				p.addBatch();
			}
			p.executeBatch();
		}
		if (kind == ContactBulk.Kind.ADD_TAG || kind == ContactBulk.Kind.REMOVE_TAG) {
			try (PreparedStatement p = c.prepareStatement(kind == ContactBulk.Kind.ADD_TAG
					? "INSERT INTO contact_tag (contact_id, tag) VALUES (?, ?)"
					: "DELETE FROM contact_tag WHERE contact_id = ? AND tag = ?")) {
				for (Row row : changing) {
					p.setLong(1, row.id);
					p.setString(2, value);
					p.addBatch();
				}
				p.executeBatch();
			}
		}
	}

	/** As the field-change trail of an edited contact writes it: the date and the source in brackets. */
	private static String since(Date date, String source) {
		String when = date == null ? "" : date.toInstant().toString();
		return when + (source == null || source.isBlank() ? "" : " (" + source + ")");
	}

	private static AuditEntry entry(String who, Instant at, long id, String field, String before, String after) {
		AuditEntry e = RevisitFactory.eINSTANCE.createAuditEntry();
		e.setWho(who);
		e.setAt(Date.from(at));
		e.setEntityType("Contact");
		e.setEntityId(id);
		e.setField(field);
		e.setOldValue(before);
		e.setNewValue(after);
		return e;
	}
}
