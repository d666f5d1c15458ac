package org.revisit.core.service;

import java.util.List;

import org.revisit.model.Script;
import org.revisit.store.ScriptRepository.ScriptVersion;

/** Stored call scripts (reading: everyone; storing: {@link Permission#SCRIPTS}). */
public interface ScriptService {

	/** A version of a script, or {@code null}. */
	Script load(String scriptId, int version);

	/** The latest version of a script, or {@code null}. */
	Script latest(String scriptId);

	List<ScriptVersion> versions(String scriptId);

	/** Stores each script as a new version of its id (validated first; all or none). Returns the versions given. */
	List<Integer> store(List<Script> scripts);

	/** The latest version of every stored script, by script id (reading: everyone). */
	List<ScriptVersion> list();

	/**
	 * Stores an edited script as the next version of its id, if {@code basedOn} is still its latest version (0 for a
	 * new script id): validated first, audited in the same transaction. Returns the version stored.
	 *
	 * @throws ServiceException CONFLICT if another version was stored meanwhile; INVALID if the script has errors
	 */
	int save(Script script, int basedOn);

	/**
	 * Makes an older version current again: stores its content as the next version of its id (versions are never
	 * changed, and campaigns keep naming the version they name), audited. Returns the version stored.
	 *
	 * @throws ServiceException NOT_FOUND if that version is not stored
	 */
	int makeCurrent(String scriptId, int version);
}
