package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Service events (purchases, hotline tickets, on-site visits, trainings, complaints). A read returns the
 * event's contact as a proxy that carries only its id.
 */
public final class ServiceEventRepository {

	static final String COLUMNS = "id, kind, occurred_at, contact_id, engineer, subject, external_ref, "
			+ "complaint_category, severity, resolved, version";

	private final Store store;

	ServiceEventRepository(Store store) {
		this.store = store;
	}

	public long count() {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM service_event");
					ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	/** The events of one contact, newest first, {@code limit} rows from row {@code offset}. */
	public List<ServiceEvent> pageByContact(long contactId, long offset, int limit) {
		return store.read(c -> {
			List<ServiceEvent> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS
					+ " FROM service_event WHERE contact_id = ? ORDER BY occurred_at DESC, id DESC"
					+ " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
				p.setLong(1, contactId);
				p.setLong(2, offset);
				p.setInt(3, limit);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(read(rs));
					}
				}
			}
			return result;
		});
	}

	/**
	 * A service event as the export writes it: the event; the mobile number that names its contact in a file, or
	 * {@code null} when the contact has no mobile or the number is also another contact's (then the file names the
	 * contact by id); and the callback promised with a complaint, or {@code null}.
	 */
	public record Exported(ServiceEvent event, String mobile, Date callbackDue) {
	}

	/**
	 * The events with ids above {@code afterId}, by id, at most {@code limit}, that occurred in
	 * [{@code from}, {@code to}) ({@code null} for no bound), with what the export writes beside each.
	 */
	public List<Exported> pageForExport(long afterId, Instant from, Instant to, int limit) {
		return store.read(c -> {
			StringBuilder sql = new StringBuilder("SELECT e." + COLUMNS.replace(", ", ", e.")
					+ ", (SELECT MIN(p.number) FROM contact_phone p WHERE p.contact_id = e.contact_id AND p.kind = ?)"
					+ ", (SELECT b.due_at FROM callback b WHERE b.id = (SELECT MIN(b2.id) FROM callback b2"
					+ " WHERE b2.service_event_id = e.id AND b2.source = ?))"
					+ " FROM service_event e WHERE e.id > ?");
			if (from != null) {
				sql.append(" AND e.occurred_at >= ?");
			}
			if (to != null) {
				sql.append(" AND e.occurred_at < ?");
			}
			sql.append(" ORDER BY e.id FETCH FIRST ? ROWS ONLY");
			List<ServiceEvent> events = new ArrayList<>();
			List<String> mobiles = new ArrayList<>();
			List<Date> dues = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(sql.toString())) {
				int i = 1;
				p.setString(i++, PhoneType.MOBILE.getName());
				p.setString(i++, CallbackSource.COMPLAINT.getName());
				p.setLong(i++, afterId);
				if (from != null) {
					Jdbc.setTimestamp(p, i++, Date.from(from));
				}
				if (to != null) {
					Jdbc.setTimestamp(p, i++, Date.from(to));
				}
				p.setInt(i, limit);
				try (ResultSet rs = p.executeQuery()) {
					int n = COLUMNS.split(",").length;
					while (rs.next()) {
						events.add(read(rs));
						mobiles.add(rs.getString(n + 1));
						dues.add(Jdbc.getTimestamp(rs, n + 2));
					}
				}
			}
			// A number that is several contacts' would be refused by the import: such an event names its contact by id.
			Map<String, Boolean> unique = new HashMap<>();
			List<Exported> result = new ArrayList<>(events.size());
			for (int k = 0; k < events.size(); k++) {
				String mobile = mobiles.get(k);
				if (mobile != null) {
					Boolean one = unique.get(mobile);
					if (one == null) {
						one = ContactRepository.idsByPhoneNumber(new Tx(c), mobile, 2).size() == 1;
						unique.put(mobile, one);
					}
					if (!one) {
						mobile = null;
					}
				}
				result.add(new Exported(events.get(k), mobile, dues.get(k)));
			}
			return result;
		});
	}

	/**
	 * Inserts new events on the caller's connection (and transaction) in one batch and sets their ids. Each
	 * event's contact must be stored already (only its id is used).
	 */
	public void insert(Tx tx, List<ServiceEvent> events) throws SQLException {
		Connection c = tx.connection();
		if (events.isEmpty()) {
			return;
		}
		long next = Ids.reserve(c, "service_event", events.size());
		try (PreparedStatement p = c.prepareStatement("INSERT INTO service_event (" + COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (ServiceEvent event : events) {
				Contact contact = event.getContact();
				if (contact == null || contact.getId() <= 0) {
					throw new SQLException("A service event needs a stored contact: " + event.getExternalRef());
				}
				event.setId(next++);
				event.setVersion(0);
				p.setLong(1, event.getId());
				p.setString(2, event.getKind().getName());
				Jdbc.setTimestamp(p, 3, event.getOccurredAt());
				p.setLong(4, contact.getId());
				p.setString(5, event.getEngineer());
				p.setString(6, event.getSubject());
				p.setString(7, event.getExternalRef());
				p.setString(8, event.getComplaintCategory().getName());
				p.setString(9, event.getSeverity().getName());
				p.setBoolean(10, event.isResolved());
				p.setInt(11, 0);
				p.addBatch();
			}
			p.executeBatch();
		}
	}

	/** The service event call task {@code taskId} follows up, or {@code null}. */
	public ServiceEvent ofTask(long taskId) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT e." + COLUMNS.replace(", ", ", e.")
					+ " FROM service_event e JOIN call_task t ON t.source_event_id = e.id WHERE t.id = ?")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() ? read(rs) : null;
				}
			}
		});
	}

	/** Whether an event with this external reference is stored (on the caller's connection). */
	public static boolean externalRefExists(Tx tx, String externalRef) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM service_event WHERE external_ref = ?")) {
			p.setString(1, externalRef);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next();
			}
		}
	}

	static ServiceEvent read(ResultSet rs) throws SQLException {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		ServiceEvent event = f.createServiceEvent();
		event.setId(rs.getLong(1));
		event.setKind(ServiceEventKind.getByName(rs.getString(2)));
		event.setOccurredAt(Jdbc.getTimestamp(rs, 3));
		Contact contact = f.createContact();
		contact.setId(rs.getLong(4));
		event.setContact(contact);
		event.setEngineer(rs.getString(5));
		event.setSubject(rs.getString(6));
		event.setExternalRef(rs.getString(7));
		event.setComplaintCategory(ComplaintCategory.getByName(rs.getString(8)));
		event.setSeverity(ComplaintSeverity.getByName(rs.getString(9)));
		event.setResolved(rs.getBoolean(10));
		event.setVersion(rs.getInt(11));
		return event;
	}
}
