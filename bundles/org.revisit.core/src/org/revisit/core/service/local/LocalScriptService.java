package org.revisit.core.service.local;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.revisit.core.internal.Messages;
import org.revisit.core.script.ScriptValidator;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ScriptService;
import org.revisit.model.Script;
import org.revisit.model.validation.SafeText;
import org.revisit.store.ScriptRepository.ScriptVersion;
import org.revisit.core.service.ServiceException;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;

/** Stored scripts on a store, for one user. */
final class LocalScriptService extends LocalService implements ScriptService {

	LocalScriptService(Store store, Principal principal) {
		super(store, principal);
	}

	@Override
	public Script load(String scriptId, int version) {
		require(Permission.CALL);
		checkId(scriptId);
		return store.scripts().load(scriptId, version);
	}

	@Override
	public Script latest(String scriptId) {
		require(Permission.CALL);
		checkId(scriptId);
		return store.scripts().loadLatest(scriptId);
	}

	@Override
	public List<ScriptVersion> versions(String scriptId) {
		require(Permission.CALL);
		checkId(scriptId);
		return store.scripts().versions(scriptId);
	}

	@Override
	public List<Integer> store(List<Script> scripts) {
		require(Permission.SCRIPTS);
		if (scripts == null || scripts.isEmpty()) {
			throw invalid(Messages.Scripts_none);
		}
		ScriptValidator validator = new ScriptValidator();
		for (Script s : scripts) {
			checkId(s.getScriptId());
			Diagnostic d = validator.validate(s);
			if (d.getSeverity() >= Diagnostic.ERROR) {
				Diagnostic first = d.getChildren().stream().filter(c -> c.getSeverity() >= Diagnostic.ERROR).findFirst()
						.orElse(d);
				throw invalid(Messages.Scripts_invalid, s.getScriptId(), first.getMessage());
			}
		}
		store.scripts().insertNewVersions(scripts);
		List<Integer> versions = new ArrayList<>();
		for (Script s : scripts) {
			versions.add(s.getScriptVersion());
			Audit.record(store, principal, AuditActions.SCRIPT, "Script", 0, s.getScriptId() + " version " + s.getScriptVersion());
		}
		return versions;
	}

	@Override
	public List<ScriptVersion> list() {
		require(Permission.CALL);
		return store.scripts().latestVersions();
	}

	@Override
	public int save(Script script, int basedOn) {
		require(Permission.SCRIPTS);
		if (script == null) {
			throw invalid(Messages.Scripts_noScript);
		}
		if (basedOn < 0) {
			throw invalid(Messages.Scripts_basedOn, basedOn);
		}
		checkId(script.getScriptId());
		if (script.getTitle() == null || script.getTitle().isBlank()) {
			throw invalid(Messages.Scripts_noTitle);
		}
		checkValid(script);
		String from = basedOn == 0 ? "new" : "from version " + basedOn;
		return guard(() -> store.scripts().insertAfter(script, basedOn, entry(script.getScriptId() + " (" + from + ")")));
	}

	@Override
	public int makeCurrent(String scriptId, int version) {
		require(Permission.SCRIPTS);
		checkId(scriptId);
		Script old = store.scripts().load(scriptId, version);
		if (old == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Scripts_noVersion, SafeText.echo(scriptId, 40), version);
		}
		int latest = store.scripts().versions(scriptId).stream().mapToInt(ScriptVersion::version).max().orElse(0);
		if (latest == version) {
			return version; // already current
		}
		return guard(() -> store.scripts().insertAfter(old, latest,
				entry(scriptId + " (version " + version + " made current)")));
	}

	private AuditRecord entry(String detail) {
		return new AuditRecord(store.clock().instant(), principal.user(), AuditActions.SCRIPT, "Script", null, null,
				null, null, detail, principal.from());
	}

	private static void checkValid(Script s) {
		Diagnostic d = new ScriptValidator().validate(s);
		if (d.getSeverity() >= Diagnostic.ERROR) {
			Diagnostic first = d.getChildren().stream().filter(c -> c.getSeverity() >= Diagnostic.ERROR).findFirst()
					.orElse(d);
			throw invalid(Messages.Scripts_invalid, s.getScriptId(), first.getMessage());
		}
	}

	private static void checkId(String scriptId) {
		if (scriptId == null || scriptId.isBlank() || scriptId.length() > 100) {
			throw invalid(Messages.Scripts_idLength);
		}
		int bad = SafeText.forbidden(scriptId);
		if (bad >= 0) {
			throw invalid(Messages.Scripts_idForbidden, SafeText.describe(scriptId, bad));
		}
	}
}
