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
}
