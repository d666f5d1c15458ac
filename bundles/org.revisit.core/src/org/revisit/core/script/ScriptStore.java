package org.revisit.core.script;

import java.util.List;
import java.util.Optional;

import org.revisit.model.Script;

/**
 * Where scripts are kept, by (script id, version). A changed script is never overwritten: it is stored as the
 * next version, so an outcome that names the version it used can always show the exact words.
 */
public interface ScriptStore {

	/**
	 * Stores every script as a new version (one more than the highest stored for its id) and sets
	 * {@link Script#getScriptVersion()} accordingly; all of them or, on failure, none.
	 */
	void saveNewVersions(List<Script> scripts);

	Optional<Script> load(String scriptId, int version);

	/** The highest version stored for {@code scriptId}. */
	Optional<Script> latest(String scriptId);
}
