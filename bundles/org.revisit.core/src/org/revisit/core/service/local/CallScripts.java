package org.revisit.core.service.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.core.service.ServiceException;
import org.revisit.core.internal.Messages;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.text.ImportResult;
import org.revisit.model.Campaign;
import org.revisit.model.Script;
import org.revisit.store.Store;
import org.revisit.store.StoreException;

/**
 * Which script a call runs: a stored one, or the default script of an installed call type. Used where the data
 * is (the local services), never by a client.
 */
public final class CallScripts {

	private final Store store;
	private final CallTypeRegistry registry;

	/** The default scripts read so far, by contributor, call type, language and file; never handed out. */
	private static final Map<String, Script> BUILTIN = new ConcurrentHashMap<>();

	public CallScripts(Store store, CallTypeRegistry registry) {
		this.store = store;
		this.registry = registry;
	}

	/**
	 * The script for a new call: the campaign's script (the version it names, or the latest when it names none),
	 * else the built-in script of the call type in {@code language} ("zh" or "en"; English, or any, when the call
	 * type has none in that language).
	 *
	 * @throws ServiceException (NOT_FOUND) if the campaign's script is not stored, or the call type has no default script
	 */
	public Script forCall(Campaign campaign, String callType, String language) {
		if (campaign != null && campaign.getScriptId() != null && !campaign.getScriptId().isBlank()) {
			Script s = campaign.getScriptVersion() > 0
					? store.scripts().load(campaign.getScriptId(), campaign.getScriptVersion())
					: store.scripts().loadLatest(campaign.getScriptId());
			if (s == null) {
				throw ServiceException.refusal(ServiceException.Kind.NOT_FOUND, Messages.Call_noScript,
						campaign.getName(), campaign.getScriptId(), campaign.getScriptVersion());
			}
			return s;
		}
		CallTypeDescriptor type = callType == null ? null : registry.get(callType);
		if (type == null || type.scripts().isEmpty()) {
			throw ServiceException.refusal(ServiceException.Kind.NOT_FOUND, Messages.Call_noDefaultScript, callType);
		}
		String lang = type.scripts().containsKey(language) ? language
				: type.scripts().containsKey("en") ? "en" : type.scripts().keySet().iterator().next(); //$NON-NLS-1$ //$NON-NLS-2$
		return builtin(type, lang);
	}

	/**
	 * A script by id and version (the one a call in progress began with): a stored one, else the default script
	 * of an installed call type with that id and version.
	 *
	 * @throws ServiceException (NOT_FOUND) if there is none; StoreException if the stored one cannot be read
	 */
	public Script byVersion(String scriptId, int version) {
		Script s = store.scripts().load(scriptId, version);
		if (s != null) {
			return s;
		}
		for (CallTypeDescriptor type : registry.all()) {
			for (String language : type.scripts().keySet()) {
				if (BuiltinScripts.scriptId(type.id(), language).equals(scriptId)) {
					Script b = builtin(type, language);
					if (b.getScriptVersion() == version) {
						return b;
					}
				}
			}
		}
		throw ServiceException.refusal(ServiceException.Kind.NOT_FOUND, Messages.Call_scriptNotStored, scriptId, version);
	}

	/**
	 * A call type's default script: read from its bundle the first time (a script's text takes far longer to read
	 * than to copy, and every answer of a call needs its script), a copy of that afterwards.
	 */
	private static Script builtin(CallTypeDescriptor type, String language) {
		String key = type.contributor() + "/" + type.id() + "/" + language + "/" + type.scripts().get(language); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Script read = BUILTIN.get(key);
		if (read == null) {
			ImportResult r = BuiltinScripts.read(type, language);
			if (r.scripts().size() != 1) {
				throw ServiceException.refusal(ServiceException.Kind.NOT_FOUND, Messages.Call_defaultUnreadable,
						BuiltinScripts.source(type, language));
			}
			read = r.scripts().get(0);
			BUILTIN.putIfAbsent(key, EcoreUtil.copy(read));
			return read;
		}
		return EcoreUtil.copy(read);
	}
}
