package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.User;
import org.revisit.store.internal.Ids;
import org.revisit.store.internal.Jdbc;

/**
 * Users of the workbench, keyed by their (login) name. A team has tens of them, so listing all is fine.
 * <p>
 * The login state of each user ({@link Account}: password hash, disabled, failed logins, lockout) is read and
 * written on the caller's connection, so the services can check, change and audit in one transaction; the
 * rules (who may log in, the lockout policy, the last administrator) are theirs, not this class's.
 */
public final class UserRepository {

	private static final String COLUMNS = "id, name, display_name, role, version";
	private static final String ACCOUNT_COLUMNS = "id, name, display_name, role, disabled, password_algorithm, "
			+ "password_iterations, password_salt, password_hash, failed_logins, lockouts, locked_until, last_login_at, "
			+ "created_at, password_changed_at";

	/**
	 * A user with their login state.
	 *
	 * @param password the hash of the password, or {@code null} if none was set (no login possible)
	 * @param failedLogins failed logins since the last good one
	 * @param lockouts lockouts since the last good login (each one longer)
	 * @param lockedUntil the end of the current or last lockout, or {@code null}
	 * @param lastLoginAt the last good login, or {@code null}
	 * @param createdAt when the user was added, or {@code null} for users added before schema version 9
	 * @param passwordChangedAt when the password was last set, or {@code null}
	 */
	public record Account(long id, String name, String displayName, Role role, boolean disabled, PasswordHash password,
			int failedLogins, int lockouts, Instant lockedUntil, Instant lastLoginAt, Instant createdAt,
			Instant passwordChangedAt) {

		/** Whether a lockout is in force at {@code now}. */
		public boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}
	}

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
					throw new StoreException(null, Messages.Store_userTaken, user.getName());
				}
			}
			try (PreparedStatement p = c.prepareStatement(
					"INSERT INTO app_user (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, 0, ?)")) {
				for (User user : users) {
					user.setId(next++);
					user.setVersion(0);
					p.setLong(1, user.getId());
					p.setString(2, user.getName());
					p.setString(3, user.getDisplayName());
					p.setString(4, user.getRole().getName());
					Jdbc.setInstant(p, 5, store.clock().instant());
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
			String record = user.getDisplayName() == null ? NLS.bind(Messages.Store_recordUser, user.getName())
					: NLS.bind(Messages.Store_recordUserNamed, user.getName(), user.getDisplayName());
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

	// ---- Login state, on the caller's connection ----

	/** The account of {@code name}, or {@code null}. */
	public Account account(String name) {
		return store.reading(tx -> account(tx, name));
	}

	/** The account of {@code name}, or {@code null}. */
	public Account account(Tx tx, String name) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM app_user WHERE name = ?")) {
			p.setString(1, name);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? readAccount(rs) : null;
			}
		}
	}

	/** All accounts by name. */
	public List<Account> accounts() {
		return store.read(c -> {
			List<Account> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM app_user ORDER BY name");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(readAccount(rs));
				}
			}
			return result;
		});
	}

	/**
	 * Holds the users table for the rest of the transaction, so that checks over all users (is there another
	 * administrator?) stay true until it commits.
	 */
	public void lockAll(Tx tx) throws SQLException {
		Connection c = tx.connection();
		try (Statement s = c.createStatement()) {
			s.execute("LOCK TABLE app_user IN EXCLUSIVE MODE");
		}
	}

	/** Adds a user with a password; returns the new id. The caller checks that the name is free. */
	public long add(Tx tx, String name, String displayName, Role role, PasswordHash password, Instant at)
			throws SQLException {
		Connection c = tx.connection();
		long id = Ids.reserve(c, "app_user", 1);
		try (PreparedStatement p = c.prepareStatement("INSERT INTO app_user (id, name, display_name, role, version, "
				+ "password_algorithm, password_iterations, password_salt, password_hash, password_changed_at, created_at) "
				+ "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
			p.setLong(1, id);
			p.setString(2, name);
			p.setString(3, displayName);
			p.setString(4, role.getName());
			p.setString(5, password.algorithm());
			p.setInt(6, password.iterations());
			p.setString(7, password.salt());
			p.setString(8, password.hash());
			Jdbc.setInstant(p, 9, at);
			Jdbc.setInstant(p, 10, at);
			p.executeUpdate();
		}
		return id;
	}

	/** Disables or enables a user; enabling also ends a lockout and forgets the failed logins. */
	public void setDisabled(Tx tx, String name, boolean disabled) throws SQLException {
		Connection c = tx.connection();
		update(c, disabled ? "disabled = TRUE" : "disabled = FALSE, failed_logins = 0, lockouts = 0, locked_until = NULL",
				name);
	}

	/** Gives a user another role (a new version of the record, like an edit). */
	public void setRole(Tx tx, String name, Role role) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement(
				"UPDATE app_user SET role = ?, version = version + 1 WHERE name = ?")) {
			p.setString(1, role.getName());
			p.setString(2, name);
			p.executeUpdate();
		}
	}

	/** Replaces a user's password hash. */
	public void setPassword(Tx tx, String name, PasswordHash password, Instant at) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement("UPDATE app_user SET password_algorithm = ?, "
				+ "password_iterations = ?, password_salt = ?, password_hash = ?, password_changed_at = ? WHERE name = ?")) {
			p.setString(1, password.algorithm());
			p.setInt(2, password.iterations());
			p.setString(3, password.salt());
			p.setString(4, password.hash());
			Jdbc.setInstant(p, 5, at);
			p.setString(6, name);
			p.executeUpdate();
		}
	}

	/** How many enabled administrators there are, {@code except} one (or none: {@code null}). */
	public int enabledAdmins(Tx tx, String except) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM app_user WHERE role = ? AND disabled = FALSE "
				+ "AND name <> ?")) {
			p.setString(1, Role.ADMIN.getName());
			p.setString(2, except == null ? "" : except);
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	/** A good login at {@code at}: the failed logins and lockouts are forgotten. */
	public void loginSucceeded(Tx tx, String name, Instant at) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement("UPDATE app_user SET last_login_at = ?, failed_logins = 0, "
				+ "lockouts = 0, locked_until = NULL WHERE name = ?")) {
			Jdbc.setInstant(p, 1, at);
			p.setString(2, name);
			p.executeUpdate();
		}
	}

	/**
	 * The account of {@code name}, or {@code null}, with its row held (write-locked) for the rest of the
	 * transaction, so that parallel logins of one user are counted one after the other.
	 */
	public Account hold(Tx tx, String name) throws SQLException {
		update(tx.connection(), "failed_logins = failed_logins", name);
		return account(tx, name);
	}

	/**
	 * Counts a failed login (the row stays locked until the transaction ends, so parallel failures are all
	 * counted) and returns the account as it is now.
	 */
	public Account loginFailed(Tx tx, String name) throws SQLException {
		update(tx.connection(), "failed_logins = failed_logins + 1", name);
		return account(tx, name);
	}

	/** Locks the account until {@code until}, as one more lockout in a row. */
	public void lock(Tx tx, String name, Instant until) throws SQLException {
		Connection c = tx.connection();
		try (PreparedStatement p = c.prepareStatement(
				"UPDATE app_user SET locked_until = ?, lockouts = lockouts + 1 WHERE name = ?")) {
			Jdbc.setInstant(p, 1, until);
			p.setString(2, name);
			p.executeUpdate();
		}
	}

	private static void update(Connection c, String assignments, String name) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("UPDATE app_user SET " + assignments + " WHERE name = ?")) {
			p.setString(1, name);
			p.executeUpdate();
		}
	}

	private static Account readAccount(ResultSet rs) throws SQLException {
		String algorithm = rs.getString(6);
		PasswordHash password = algorithm == null ? null
				: new PasswordHash(algorithm, rs.getInt(7), rs.getString(8), rs.getString(9));
		return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Role.getByName(rs.getString(4)),
				rs.getBoolean(5), password, rs.getInt(10), rs.getInt(11), Jdbc.getInstant(rs, 12),
				Jdbc.getInstant(rs, 13), Jdbc.getInstant(rs, 14), Jdbc.getInstant(rs, 15));
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
