package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.RevisitPackage;

/**
 * A contact who left the company replaced by a successor, in one transaction: the successor inserted, the old
 * contact marked as left and linked to it, and the old contact's open work (pending tasks, open callbacks) moved
 * to it, everything audited.
 */
public final class Successions {

	private final Store store;

	Successions(Store store) {
		this.store = store;
	}

	/**
	 * The target has left the company: in one transaction, inserts {@code successor} (company, owning agent and
	 * time zone taken from the old contact unless given), marks the old contact {@code LEFT_COMPANY} linked to the
	 * successor (version-checked and audited like {@link ContactRepository#update(Contact, String)}), and moves the
	 * old contact's pending call tasks (planned, rescheduled, and claimed ones with their lease) and open callbacks
	 * to the successor, auditing each move. Outcomes, service events and done callbacks stay with the old contact. Sets
	 * the successor's id, and the old contact's new status, successor and version.
	 *
	 * @param left the old contact as read (its version is checked)
	 * @throws StaleDataException if the old contact was changed or deleted meanwhile; nothing is written
	 * @throws ValidationException if the successor is invalid; nothing is written
	 */
	public void replaceWithSuccessor(Contact left, Contact successor, String who) {
		Contact saved = replaceWithSuccessor(left.getId(), left.getVersion(), successor, who);
		left.setStatus(ContactStatus.LEFT_COMPANY);
		left.setSuccessor(successor);
		left.setVersion(saved.getVersion());
	}

	/** As {@link #replaceWithSuccessor(Contact, Contact, String)} for the contact's latest stored version. */
	public void replaceWithSuccessor(long leftContactId, Contact successor, String who) {
		replaceWithSuccessor(leftContactId, -1, successor, who);
	}

	/** {@code version} -1: whatever version is stored. Returns the old contact as saved. */
	private Contact replaceWithSuccessor(long leftId, int version, Contact successor, String who) {
		AuditRepository.requireWho(who);
		if (successor.getId() != 0) {
			throw new StoreException(null, Messages.Store_successorNotNew, leftId, successor.getId());
		}
		try {
			return moveToSuccessor(leftId, version, successor, who);
		} catch (RuntimeException e) {
			successor.setId(0); // rolled back: the id reserved for it was never stored
			throw e;
		}
	}

	private Contact moveToSuccessor(long leftId, int version, Contact successor, String who) {
		return store.inTransaction(c -> {
			Contact old = ContactRepository.findOn(c, leftId);
			if (old == null) {
				throw StaleDataException.deleted(NLS.bind(Messages.Store_recordContactId, leftId));
			}
			if (old.getStatus() == ContactStatus.LEFT_COMPANY) {
				throw old.getSuccessor() == null
						? new StoreException(null, Messages.Store_alreadyLeft, leftId, old.getName())
						: new StoreException(null, Messages.Store_alreadyLeftSuccessor, leftId, old.getName(),
								old.getSuccessor().getId());
			}
			if (isBlank(successor.getCompany())) {
				successor.setCompany(old.getCompany());
			}
			if (isBlank(successor.getOwningAgent())) {
				successor.setOwningAgent(old.getOwningAgent());
			}
			if (!successor.eIsSet(RevisitPackage.Literals.CONTACT__TIME_ZONE)) {
				successor.setTimeZone(old.getTimeZone());
			}
			store.contacts().insert(new Tx(c), List.of(successor));
			if (version >= 0) {
				old.setVersion(version);
			}
			old.setStatus(ContactStatus.LEFT_COMPANY);
			old.setSuccessor(successor);
			ValidationException.check(List.of(old), store.clock());
			store.contacts().updateOn(c, old, who);
			old.setVersion(old.getVersion() + 1);
			moveOpenWork(c, leftId, successor.getId(), who);
			return old;
		});
	}

	/** Moves pending tasks and open callbacks from one contact to another, one audit entry per row moved. */
	private void moveOpenWork(Connection c, long from, long to, String who) throws SQLException {
		String[][] moves = { { "CallTask", "call_task", "state IN ('PLANNED', 'RESCHEDULED', 'CLAIMED')" },
				{ "Callback", "callback", "done = FALSE" } };
		for (String[] m : moves) {
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement(
					"SELECT id FROM " + m[1] + " WHERE contact_id = ? AND " + m[2] + " ORDER BY id")) {
				p.setLong(1, from);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			// Lease owner and expiry are left alone: an agent holding a claimed task keeps it.
			try (PreparedStatement p = c.prepareStatement(
					"UPDATE " + m[1] + " SET contact_id = ?, version = version + 1 WHERE id = ?")) {
				for (long id : ids) {
					p.setLong(1, to);
					p.setLong(2, id);
					p.addBatch();
				}
				p.executeBatch();
			}
			for (long id : ids) {
				AuditRepository.recordChanges(c, store.clock(), who, m[0], id, Map.of("contact", Long.toString(from)),
						Map.of("contact", Long.toString(to)));
			}
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
