package org.revisit.core.script;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.model.Script;
import org.revisit.store.Store;

/**
 * {@link ScriptStore} on the store's {@code script} table: one row per version, the script itself as XMI in
 * the body. Meant to be folded into the store's script repository.
 */
public final class JdbcScriptStore implements ScriptStore {

	private static final int TITLE_LENGTH = 200;

	private final Store store;

	public JdbcScriptStore(Store store) {
		this.store = store;
	}

	@Override
	public void saveNewVersions(List<Script> scripts) {
		List<Integer> versions = store.inTransaction(c -> {
			List<Integer> assigned = new ArrayList<>();
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO script (script_id, version, title, language, call_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				for (Script script : scripts) {
					if (script.getScriptId() == null || script.getScriptId().isBlank()) {
						throw new IllegalArgumentException("script '" + script.getTitle() + "' has no id");
					}
					int version = highestVersion(c, script.getScriptId()) + 1;
					for (int i = 0; i < assigned.size(); i++) {
						if (scripts.get(i).getScriptId().equals(script.getScriptId())) {
							version = Math.max(version, assigned.get(i) + 1);
						}
					}
					Script copy = EcoreUtil.copy(script);
					copy.setScriptVersion(version);
					String title = script.getTitle() == null ? "" : script.getTitle();
					insert.setString(1, script.getScriptId());
					insert.setInt(2, version);
					insert.setString(3, title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH) : title);
					insert.setString(4, script.getLanguage());
					insert.setString(5, script.getCallTypeId());
					insert.setString(6, ScriptXmi.write(copy));
					insert.setTimestamp(7, now);
					insert.addBatch();
					assigned.add(version);
				}
				insert.executeBatch();
			}
			return assigned;
		});
		for (int i = 0; i < scripts.size(); i++) {
			scripts.get(i).setScriptVersion(versions.get(i));
		}
	}

	@Override
	public Optional<Script> load(String scriptId, int version) {
		return store.read(c -> {
			try (PreparedStatement s = c.prepareStatement("SELECT body FROM script WHERE script_id = ? AND version = ?")) {
				s.setString(1, scriptId);
				s.setInt(2, version);
				try (ResultSet rs = s.executeQuery()) {
					return rs.next() ? Optional.of(ScriptXmi.read(rs.getString(1))) : Optional.<Script>empty();
				}
			}
		});
	}

	@Override
	public Optional<Script> latest(String scriptId) {
		int version = store.read(c -> highestVersion(c, scriptId));
		return version == 0 ? Optional.empty() : load(scriptId, version);
	}

	private static int highestVersion(Connection c, String scriptId) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT MAX(version) FROM script WHERE script_id = ?")) {
			s.setString(1, scriptId);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 0;
			}
		}
	}
}
