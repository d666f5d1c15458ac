package org.revisit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.User;
import org.revisit.store.internal.Ids;

/** Users of the workbench, keyed by their (login) name. A team has tens of them, so listing all is fine. */
public final class UserRepository {

	private static final String COLUMNS = "id, name, display_name, role, version";

	private final Store store;

	UserRepository(Store store) {
		this.store = store;
	}

	/** Inserts new users in one transaction and sets their ids; a name already taken is refused. */
	public void insert(List<User> users) {
		for (User user : users) {
			requireName(user);
		}
		store.inTransaction(c -> {
			long next = Ids.reserve(c, "app_user", users.size());
			for (User user : users) {
				if (find(c, user.getName()) != null) {
					throw new StoreException("User name " + user.getName() + " is already taken");
				}
			}
			try (PreparedStatement p = c.prepareStatement(
					"INSERT INTO app_user (" + COLUMNS + ") VALUES (?, ?, ?, ?, 0)")) {
				for (User user : users) {
					user.setId(next++);
					user.setVersion(0);
					p.setLong(1, user.getId());
					p.setString(2, user.getName());
					p.setString(3, user.getDisplayName());
					p.setString(4, user.getRole().getName());
					p.addBatch();
				}
				p.executeBatch();
			}
			return null;
		});
	}

	/** The user with this name, or {@code null}. */
	public User find(String name) {
		return store.read(c -> find(c, name));
	}

	private static User find(Connection c, String name) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user WHERE name = ?")) {
			p.setString(1, name);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? read(rs) : null;
			}
		}
	}

	/** All users by name. */
	public List<User> list() {
		return store.read(c -> {
			List<User> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM app_user ORDER BY name");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(read(rs));
				}
			}
			return result;
		});
	}

	/**
	 * Saves an edited user (display name, role; the name is the key) if nobody changed it since it was read,
	 * records the changed fields as done by {@code who}, and increments the version.
	 *
	 * @throws StaleDataException if the user was changed or deleted meanwhile; nothing is written
	 */
	public void update(User user, String who) {
		AuditRepository.requireWho(who);
		requireName(user);
		store.inTransaction(c -> {
			String record = "User " + user.getName()
					+ (user.getDisplayName() == null ? "" : " (" + user.getDisplayName() + ")");
			User before = find(c, user.getName());
			if (before == null) {
				throw StaleDataException.deleted(record);
			}
			try (PreparedStatement p = c.prepareStatement("UPDATE app_user SET display_name = ?, role = ?, "
					+ "version = version + 1 WHERE name = ? AND version = ?")) {
				p.setString(1, user.getDisplayName());
				p.setString(2, user.getRole().getName());
				p.setString(3, user.getName());
				p.setInt(4, user.getVersion());
				if (p.executeUpdate() == 0) {
					throw StaleDataException.changed(record);
				}
			}
			AuditRepository.recordChanges(c, store.clock(), who, "User", before.getId(), snapshot(before), snapshot(user));
			return null;
		});
		user.setVersion(user.getVersion() + 1);
	}

	private static void requireName(User user) {
		if (user.getName() == null || user.getName().isBlank()) {
			throw new StoreException("A user needs a name");
		}
		if (user.getRole() == null) {
			throw new StoreException("User " + user.getName() + " needs a role");
		}
	}

	private static User read(ResultSet rs) throws SQLException {
		User user = RevisitFactory.eINSTANCE.createUser();
		user.setId(rs.getLong(1));
		user.setName(rs.getString(2));
		user.setDisplayName(rs.getString(3));
		user.setRole(Role.getByName(rs.getString(4)));
		user.setVersion(rs.getInt(5));
		return user;
	}

	private static Map<String, String> snapshot(User user) {
		Map<String, String> s = new LinkedHashMap<>();
		s.put("displayName", user.getDisplayName());
		s.put("role", user.getRole().getName());
		return s;
	}
}
