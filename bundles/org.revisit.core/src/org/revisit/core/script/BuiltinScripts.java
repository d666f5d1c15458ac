package org.revisit.core.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Script;

/**
 * The scripts shipped with the product, one per built-in call type and language, kept as text files in the
 * core bundle ({@code scripts/<language>/<call type>.txt}) in the format {@link ScriptReader} reads.
 */
public final class BuiltinScripts {

	/** Short names of the built-in call types; the call type id is {@value #CALL_TYPE_PREFIX} + name. */
	public static final List<String> CALL_TYPES = List.of("firstVisit", "returnVisit", "birthday", "holiday",
			"eventInvitation", "materialNotice", "hotlineSupervision", "onsiteSupervision", "trainingSupervision",
			"promisedCallback", "complaintFollowUp");
	public static final List<String> LANGUAGES = List.of("zh", "en");
	public static final String CALL_TYPE_PREFIX = "org.revisit.calltype.";

	private BuiltinScripts() {
	}

	/** The resource path of one built-in script. */
	public static String resource(String language, String callType) {
		return "scripts/" + language + "/" + callType + ".txt";
	}

	/** The text of one built-in script as shipped. */
	public static String text(String language, String callType) {
		try (InputStream in = BuiltinScripts.class.getClassLoader().getResourceAsStream(resource(language, callType))) {
			if (in == null) {
				throw new IllegalStateException(resource(language, callType) + " is missing from the core bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads one built-in script (with its parse problems, which a shipped script must not have). */
	public static ImportResult read(String language, String callType) {
		ImportResult result = ScriptReader.read(text(language, callType), callType);
		for (Script s : result.scripts()) {
			s.setScriptId("org.revisit.script." + callType + "." + language);
			s.setCallTypeId(CALL_TYPE_PREFIX + callType);
			s.setLanguage(language);
		}
		return result;
	}

	/** Every built-in script, both languages; fails if one does not read cleanly. */
	public static List<Script> all() {
		List<Script> scripts = new ArrayList<>();
		for (String language : LANGUAGES) {
			for (String type : CALL_TYPES) {
				ImportResult r = read(language, type);
				if (!r.problems().isEmpty() || r.scripts().size() != 1) {
					Diagnostic first = r.problems().isEmpty() ? null : r.problems().get(0);
					throw new IllegalStateException(resource(language, type) + ": "
							+ (first != null ? first.getMessage() : r.scripts().size() + " scripts instead of one"));
				}
				scripts.addAll(r.scripts());
			}
		}
		return scripts;
	}
}
