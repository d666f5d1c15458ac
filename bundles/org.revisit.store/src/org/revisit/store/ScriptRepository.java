package org.revisit.store;

import org.revisit.store.internal.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.revisit.model.RevisitPackage;
import org.revisit.model.Script;
import org.revisit.store.internal.Jdbc;

/**
 * Call scripts, stored as XMI documents, one row per (script id, version). A stored version is never changed:
 * call outcomes record the exact version the agent followed, so a changed script is saved as a new version.
 */
public final class ScriptRepository {

	/** One stored version of a script, without its body. */
	public record ScriptVersion(String scriptId, int version, String title, java.util.Date createdAt) {
	}

	private static final Map<String, Object> XMI_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

	private final Store store;

	ScriptRepository(Store store) {
		this.store = store;
	}

	/**
	 * Stores the script as the version it names.
	 *
	 * @throws StoreException if that version is already stored (versions are never overwritten) or the script is
	 *                        invalid; nothing is written
	 */
	public void insert(Script script) {
		check(script);
		if (script.getScriptVersion() < 1) {
			throw new StoreException("Script " + script.getScriptId() + " needs a version of 1 or more, not "
					+ script.getScriptVersion() + " (or save it with insertNewVersion)");
		}
		store.inTransaction(c -> {
			if (exists(c, script.getScriptId(), script.getScriptVersion())) {
				throw new StoreException(null, Messages.Store_scriptVersionStored, script.getScriptId(),
						script.getScriptVersion());
			}
			write(c, script, store.clock());
			return null;
		});
	}

	/** Stores the script as the next version of its script id (1 for a new script) and sets that version. */
	public int insertNewVersion(Script script) {
		insertNewVersions(List.of(script));
		return script.getScriptVersion();
	}

	/**
	 * Stores each script as the next version of its script id, all in one transaction (all or none), and sets
	 * their versions once they are stored. Two scripts with the same id get consecutive versions.
	 */
	public void insertNewVersions(List<Script> scripts) {
		scripts.forEach(ScriptRepository::check);
		List<Script> stored = store.inTransaction(c -> {
			// Two saves at the same moment pick the same number; the primary key refuses the second, so it fails
			// rather than overwrite.
			Map<String, Integer> next = new HashMap<>();
			List<Script> copies = new ArrayList<>();
			for (Script script : scripts) {
				Integer previous = next.get(script.getScriptId());
				int version = (previous != null ? previous : latestVersion(c, script.getScriptId())) + 1;
				next.put(script.getScriptId(), version);
				Script copy = EcoreUtil.copy(script);
				copy.setScriptVersion(version);
				write(c, copy, store.clock());
				copies.add(copy);
			}
			return copies;
		});
		for (int i = 0; i < scripts.size(); i++) {
			scripts.get(i).setScriptVersion(stored.get(i).getScriptVersion());
		}
	}

	/** The given version of a script, or {@code null}. */
	public Script load(String scriptId, int version) {
		return store.read(c -> {
			try (PreparedStatement p = c.prepareStatement(
					"SELECT body FROM script WHERE script_id = ? AND version = ?")) {
				p.setString(1, scriptId);
				p.setInt(2, version);
				try (ResultSet rs = p.executeQuery()) {
					return rs.next() ? parse(scriptId, version, rs.getString(1)) : null;
				}
			}
		});
	}

	/** The highest version of a script, or {@code null} if none is stored. */
	public Script loadLatest(String scriptId) {
		int latest = store.read(c -> latestVersion(c, scriptId));
		return latest == 0 ? null : load(scriptId, latest);
	}

	/** The stored versions of a script, oldest first. */
	public List<ScriptVersion> versions(String scriptId) {
		return store.read(c -> {
			List<ScriptVersion> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT version, title, created_at FROM script "
					+ "WHERE script_id = ? ORDER BY version")) {
				p.setString(1, scriptId);
				try (ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						result.add(new ScriptVersion(scriptId, rs.getInt(1), rs.getString(2),
								Jdbc.getTimestamp(rs, 3)));
					}
				}
			}
			return result;
		});
	}

	/**
	 * Stores {@code script} as the version after {@code expectedLatest}, if that is still the latest stored version
	 * of its id (0: no version is stored yet), and sets that version. {@code audit}, when given, is appended in the
	 * same transaction with its detail followed by " version N".
	 *
	 * @throws StaleDataException if another version was stored meanwhile; nothing is written
	 */
	public int insertAfter(Script script, int expectedLatest, AuditRecord audit) {
		check(script);
		int version = store.inTransaction(c -> {
			int latest = latestVersion(c, script.getScriptId());
			if (latest != expectedLatest) {
				throw new StaleDataException(Messages.Store_scriptSavedMeanwhile, script.getScriptId(), latest,
						expectedLatest);
			}
			Script copy = EcoreUtil.copy(script);
			copy.setScriptVersion(latest + 1);
			write(c, copy, store.clock());
			if (audit != null) {
				store.audit().append(new Tx(c), new AuditRecord(audit.at(), audit.user(), audit.action(), audit.entity(),
						audit.id(), audit.field(), audit.before(), audit.after(),
						audit.detail() + " version " + (latest + 1), audit.from()));
			}
			return latest + 1;
		});
		script.setScriptVersion(version);
		return version;
	}

	/** The latest version of every stored script, by script id. */
	public List<ScriptVersion> latestVersions() {
		return store.read(c -> {
			List<ScriptVersion> result = new ArrayList<>();
			try (PreparedStatement p = c.prepareStatement("SELECT s.script_id, s.version, s.title, s.created_at "
					+ "FROM script s WHERE s.version = (SELECT MAX(l.version) FROM script l "
					+ "WHERE l.script_id = s.script_id) ORDER BY s.script_id");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					result.add(new ScriptVersion(rs.getString(1), rs.getInt(2), rs.getString(3),
							Jdbc.getTimestamp(rs, 4)));
				}
			}
			return result;
		});
	}

	private static void check(Script script) {
		if (script.getScriptId() == null || script.getScriptId().isBlank()) {
			throw new StoreException(null, Messages.Store_scriptNoId);
		}
		if (script.getTitle() == null || script.getTitle().isBlank()) {
			throw new StoreException(null, Messages.Store_scriptNoTitle, script.getScriptId());
		}
		ValidationException.check(script);
	}

	private static int latestVersion(Connection c, String scriptId) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT MAX(version) FROM script WHERE script_id = ?")) {
			p.setString(1, scriptId);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next() ? rs.getInt(1) : 0;
			}
		}
	}

	private static boolean exists(Connection c, String scriptId, int version) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM script WHERE script_id = ? AND version = ?")) {
			p.setString(1, scriptId);
			p.setInt(2, version);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next();
			}
		}
	}

	private static void write(Connection c, Script script, java.time.Clock clock) throws SQLException {
		try (PreparedStatement p = c.prepareStatement("INSERT INTO script (script_id, version, title, language, "
				+ "call_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			p.setString(1, script.getScriptId());
			p.setInt(2, script.getScriptVersion());
			p.setString(3, script.getTitle());
			p.setString(4, script.getLanguage());
			p.setString(5, script.getCallTypeId());
			p.setString(6, toXmi(script));
			Jdbc.setInstant(p, 7, clock.instant());
			p.executeUpdate();
		}
	}

	/** The script as an XMI document; a copy is serialized so the caller's object stays where it is. */
	static String toXmi(Script script) {
		Resource resource = new XMIResourceImpl(URI.createURI("script.xmi"));
		resource.getContents().add(EcoreUtil.copy(script));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, XMI_OPTIONS);
		} catch (IOException e) {
			throw new StoreException("Cannot write script " + script.getScriptId() + " as XMI: " + e.getMessage(), e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static Script parse(String scriptId, int version, String xmi) {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(RevisitPackage.eNS_URI, RevisitPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createURI("script.xmi"));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), XMI_OPTIONS);
		} catch (IOException e) {
			throw new StoreException(e, Messages.Store_scriptUnreadable, scriptId, version, e.getMessage());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Script script)) {
			throw new StoreException(null, Messages.Store_scriptEmpty, scriptId, version);
		}
		return script;
	}
}
