package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.Contact;
import org.revisit.model.FollowUp;
import org.revisit.model.PathEntry;
import org.revisit.model.RecordedValue;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Score;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Call outcomes with their path through the script, recorded values, satisfaction scores, follow-ups and the
 * callbacks agreed in the call. An outcome is written once, whole, and not edited afterwards. Read back, the task
 * is a stub with its id and its contact's id.
 */
public final class OutcomeRepository {

	private static final String COLUMNS = "id, task_id, contact_id, agent, started_at, ended_at, disposition, "
			+ "script_id, script_version, notes, version";

	private final Store store;

	OutcomeRepository(Store store) {
		this.store = store;
	}

	/**
	 * Inserts the outcome of a call on its task's contact, with everything it contains and its new callbacks, in
	 * one transaction; sets the ids.
	 */
	public void insert(CallOutcome outcome) {
		CallTask task = outcome.getTask();
		if (task == null || task.getContact() == null || task.getContact().getId() == 0) {
			throw new StoreException("A call outcome needs its stored call task and contact; use insert(contactId, "
					+ "outcome) for a call without a task");
		}
		insert(task.getContact().getId(), outcome);
	}

	/** Inserts the outcome of a call to contact {@code contactId} (the task may be null) in one transaction. */
	public void insert(long contactId, CallOutcome outcome) {
		if (outcome.getAgent() == null || outcome.getStartedAt() == null) {
			throw new StoreException("The call outcome for contact " + contactId + " needs the agent and start time");
		}
		ValidationException.check(outcome);
		store.inTransaction(c -> {
			insertOn(c, contactId, outcome);
			return null;
		});
	}

	/** Inserts a checked outcome inside the caller's transaction (a finished call also closes its task). */
	void insertOn(Connection c, long contactId, CallOutcome outcome) throws SQLException {
		outcome.setId(Ids.reserve(c, "call_outcome", 1));
		outcome.setVersion(0);
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome (" + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
			p.setLong(1, outcome.getId());
			Jdbc.setId(p, 2, outcome.getTask() == null ? 0 : outcome.getTask().getId());
			p.setLong(3, contactId);
			p.setString(4, outcome.getAgent());
			Jdbc.setTimestamp(p, 5, outcome.getStartedAt());
			Jdbc.setTimestamp(p, 6, outcome.getEndedAt());
			p.setString(7, outcome.getDispositionCode());
			p.setString(8, outcome.getScriptId());
			p.setInt(9, outcome.getScriptVersion());
			p.setString(10, outcome.getNotes());
			p.executeUpdate();
		}
		insertContents(c, outcome, contactId);
		List<Callback> newCallbacks = outcome.getCallbacks().stream().filter(cb -> cb.getId() == 0).toList();
		store.callbacks().insert(new Tx(c), newCallbacks, outcome.getId());
	}

	private static void insertContents(Connection c, CallOutcome outcome, long contactId) throws SQLException {
		long id = outcome.getId();
		try (PreparedStatement p = c.prepareStatement("INSERT INTO call_outcome_step (outcome_id, seq, step_number, "
				+ "answer_label, stepped_at) VALUES (?, ?, ?, ?, ?)")) {
			int seq = 0;
			for (PathEntry step : outcome.getPath()) {
				p.setLong(1, id);
				p.setInt(2, seq++);
				p.setInt(3, step.getStepNumber());
				p.setString(4, step.getAnswerLabel());
				Jdbc.setTimestamp(p, 5, step.getAt() == null ? outcome.getStartedAt() : step.getAt());
				p.addBatch();
			}
			p.executeBatch();
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO call_outcome_value (outcome_id, field, field_value) VALUES (?, ?, ?)")) {
			for (RecordedValue v : outcome.getRecordedValues()) {
				p.setLong(1, id);
				p.setString(2, v.getField());
				p.setString(3, v.getValue());
				p.addBatch();
			}
			p.executeBatch();
		}
		try (PreparedStatement p = c.prepareStatement(
				"INSERT INTO call_outcome_score (outcome_id, aspect, score) VALUES (?, ?, ?)")) {
			for (Score s : outcome.getScores()) {
				p.setLong(1, id);
				p.setString(2, s.getAspect());
				p.setInt(3, s.getValue());
				p.addBatch();
			}
			p.executeBatch();
		}
		if (!outcome.getFollowUps().isEmpty()) {
			long next = Ids.reserve(c, "follow_up", outcome.getFollowUps().size());
			Date created = outcome.getEndedAt() == null ? outcome.getStartedAt() : outcome.getEndedAt();
			try (PreparedStatement p = c.prepareStatement("INSERT INTO follow_up (id, outcome_id, contact_id, assignee, "
					+ "text, done, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				for (FollowUp f : outcome.getFollowUps()) {
					p.setLong(1, next++);
					p.setLong(2, id);
					p.setLong(3, contactId);
					p.setString(4, f.getAssignee());
					p.setString(5, f.getText() == null ? "" : f.getText());
					p.setBoolean(6, f.isDone());
					Jdbc.setTimestamp(p, 7, created);
					p.addBatch();
				}
				p.executeBatch();
			}
		}
	}

	/**
	 * The contacts with a call (any outcome, reached or not) started at {@code since} or later: those a target of
	 * "not called for N days" leaves out. One scan of an index of the outcomes' start times.
	 */
	public java.util.Set<Long> contactsCalledSince(java.time.Instant since) {
		return store.read(c -> {
			java.util.Set<Long> ids = new java.util.HashSet<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT DISTINCT contact_id FROM call_outcome WHERE started_at >= ?")) {
				Jdbc.setInstant(p, 1, since);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			return ids;
		});
	}

	/** The outcome with this id and everything it contains, or {@code null}. */
	public CallOutcome find(long id) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM call_outcome WHERE id = ?")) {
				p.setLong(1, id);
				List<CallOutcome> found = readPage(c, p);
				return found.isEmpty() ? null : found.get(0);
			}
		});
	}

	/**
	 * The outcome with which {@code agent} finished the call on task {@code taskId}, once the task is completed and
	 * held by nobody; {@code null} otherwise (the task is still open, or someone else finished it).
	 */
	public CallOutcome findFinished(long taskId, String agent) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM call_outcome o WHERE task_id = ? "
					+ "AND agent = ? AND EXISTS (SELECT 1 FROM call_task t WHERE t.id = o.task_id "
					+ "AND t.state = 'COMPLETED' AND t.lease_owner IS NULL) ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
				p.setLong(1, taskId);
				p.setString(2, agent);
				List<CallOutcome> found = readPage(c, p);
				return found.isEmpty() ? null : found.get(0);
			}
		});
	}

	/** The outcomes of calls to a contact, newest first, {@code limit} from row {@code offset}. */
	public List<CallOutcome> pageByContact(long contactId, long offset, int limit) {
		return store.read(c -> {
			// with the call type of each outcome's task (a history line names an outcome by its call type's words)
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + ", (SELECT t.call_type FROM call_task t "
					+ "WHERE t.id = call_outcome.task_id) FROM call_outcome "
					+ "WHERE contact_id = ? ORDER BY started_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				p.setLong(1, contactId);
				p.setLong(2, offset);
				p.setInt(3, limit);
				return readPage(c, p);
			}
		});
	}

	/** Runs the query for outcome rows and loads the contents of just those outcomes. */
	private static List<CallOutcome> readPage(Connection c, PreparedStatement p) throws SQLException {
		Map<Long, CallOutcome> byId = new LinkedHashMap<>();
		try (ResultSet rs = p.executeQuery()) {
			while (rs.next()) {
				CallOutcome o = read(rs);
				byId.put(o.getId(), o);
			}
		}
		if (byId.isEmpty()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>(byId.keySet());
		String in = " WHERE outcome_id IN (" + Jdbc.placeholders(ids.size()) + ")";
		RevisitFactory f = RevisitFactory.eINSTANCE;
		try (PreparedStatement q = c.prepareStatement("SELECT outcome_id, step_number, answer_label, stepped_at "
				+ "FROM call_outcome_step" + in + " ORDER BY outcome_id, seq")) {
			Jdbc.setLongs(q, 1, ids);
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					PathEntry e = f.createPathEntry();
					e.setStepNumber(rs.getInt(2));
					e.setAnswerLabel(rs.getString(3));
					e.setAt(Jdbc.getTimestamp(rs, 4));
					byId.get(rs.getLong(1)).getPath().add(e);
				}
			}
		}
		try (PreparedStatement q = c.prepareStatement(
				"SELECT outcome_id, field, field_value FROM call_outcome_value" + in + " ORDER BY outcome_id, field")) {
			Jdbc.setLongs(q, 1, ids);
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					RecordedValue v = f.createRecordedValue();
					v.setField(rs.getString(2));
					v.setValue(rs.getString(3));
					byId.get(rs.getLong(1)).getRecordedValues().add(v);
				}
			}
		}
		try (PreparedStatement q = c.prepareStatement(
				"SELECT outcome_id, aspect, score FROM call_outcome_score" + in + " ORDER BY outcome_id, aspect")) {
			Jdbc.setLongs(q, 1, ids);
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					Score s = f.createScore();
					s.setAspect(rs.getString(2));
					s.setValue(rs.getInt(3));
					byId.get(rs.getLong(1)).getScores().add(s);
				}
			}
		}
		try (PreparedStatement q = c.prepareStatement(
				"SELECT outcome_id, assignee, text, done FROM follow_up" + in + " ORDER BY outcome_id, id")) {
			Jdbc.setLongs(q, 1, ids);
			try (ResultSet rs = q.executeQuery()) {
				while (rs.next()) {
					FollowUp u = f.createFollowUp();
					u.setAssignee(rs.getString(2));
					u.setText(rs.getString(3));
					u.setDone(rs.getBoolean(4));
					byId.get(rs.getLong(1)).getFollowUps().add(u);
				}
			}
		}
		for (Map.Entry<Long, List<Callback>> e : CallbackRepository.byOutcome(c, ids).entrySet()) {
			byId.get(e.getKey()).getCallbacks().addAll(e.getValue());
		}
		return new ArrayList<>(byId.values());
	}

	private static CallOutcome read(ResultSet rs) throws SQLException {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		CallOutcome o = f.createCallOutcome();
		o.setId(rs.getLong(1));
		long task = Jdbc.getId(rs, 2);
		if (task != 0) {
			CallTask stub = f.createCallTask();
			stub.setId(task);
			Contact contact = f.createContact();
			contact.setId(rs.getLong(3));
			stub.setContact(contact);
			if (rs.getMetaData().getColumnCount() > 11) {
				stub.setCallTypeId(rs.getString(12));
			}
			o.setTask(stub);
		}
		o.setAgent(rs.getString(4));
		o.setStartedAt(Jdbc.getTimestamp(rs, 5));
		o.setEndedAt(Jdbc.getTimestamp(rs, 6));
		o.setDispositionCode(rs.getString(7));
		o.setScriptId(rs.getString(8));
		o.setScriptVersion(rs.getInt(9));
		o.setNotes(rs.getString(10));
		o.setVersion(rs.getInt(11));
		return o;
	}
}
