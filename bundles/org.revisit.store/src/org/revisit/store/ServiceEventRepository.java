package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
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
	 * Inserts new events on the caller's connection (and transaction) in one batch and sets their ids. Each
	 * event's contact must be stored already (only its id is used).
	 */
	public void insert(Connection c, List<ServiceEvent> events) throws SQLException {
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
	public static boolean externalRefExists(Connection c, String externalRef) throws SQLException {
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
