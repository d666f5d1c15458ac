package org.revisit.core.script;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.framework.Bundle;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.InstalledBundles;
import org.revisit.core.script.text.ImportResult;
import org.revisit.core.script.text.ScriptReader;
import org.revisit.model.Script;

/**
 * The default scripts of the installed call types: each {@code callTypes} contribution names, per language, a
 * text file inside its own bundle in the format {@link ScriptReader} reads ({@link CallTypeDescriptor#scripts()}).
 * Revisit's own call types ship theirs in {@code org.revisit.calltypes}; a third party's are read the same way.
 */
public final class BuiltinScripts {

	/** The languages the product ships scripts in, in the order they are listed. */
	public static final List<String> LANGUAGES = List.of("zh", "en");

	/**
	 * The default scripts that read cleanly, and what was skipped: each problem names the call type, the
	 * contributing bundle and the script file.
	 */
	public record Defaults(List<Script> scripts, List<String> problems) {
	}

	private BuiltinScripts() {
	}

	/**
	 * The id a call type's default script is stored under: {@code org.revisit.calltype.birthday} gives
	 * {@code org.revisit.script.birthday.zh}; an id without a {@code .calltype.} segment gets {@code .script}
	 * appended before the language.
	 */
	public static String scriptId(String callTypeId, String language) {
		int at = callTypeId.lastIndexOf(".calltype."); //$NON-NLS-1$
		String base = at < 0 ? callTypeId + ".script" //$NON-NLS-1$
				: callTypeId.substring(0, at) + ".script." + callTypeId.substring(at + ".calltype.".length()); //$NON-NLS-1$ //$NON-NLS-2$
		return base + "." + language; //$NON-NLS-1$
	}

	/** Where a default script comes from, for messages: "scripts/zh/birthday.txt in org.revisit.calltypes". */
	public static String source(CallTypeDescriptor type, String language) {
		return type.scripts().get(language) + " in " + type.contributor(); //$NON-NLS-1$
	}

	/**
	 * The text of {@code type}'s default script in {@code language}, read from the contributing bundle.
	 *
	 * @throws IllegalStateException naming the call type, the bundle and the file if there is no such script or
	 *                               it cannot be read
	 */
	public static String text(CallTypeDescriptor type, String language) {
		String path = type.scripts().get(language);
		if (path == null) {
			throw new IllegalStateException("Call type " + type.id() + " of " + type.contributor()
					+ " has no default script in " + language);
		}
		URL url = find(type.contributor(), path);
		if (url == null) {
			throw new IllegalStateException("Default script " + source(type, language) + " of call type "
					+ type.id() + " is missing");
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException("Default script " + source(type, language) + " of call type "
					+ type.id() + " cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * A file of a bundle: in the framework through it (find() also looks into the bundle's fragments, where
	 * translated scripts may live); outside it (the command line's quick start) in the installed product's bundles.
	 */
	private static URL find(String contributor, String path) {
		InstalledBundles installed = InstalledBundles.installed();
		if (installed != null) {
			return installed.find(contributor, path);
		}
		Bundle bundle = Platform.getBundle(contributor);
		return bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(path), null);
	}

	/** Reads one default script (with its parse problems), with its id, call type and language set. */
	public static ImportResult read(CallTypeDescriptor type, String language) {
		ImportResult result = ScriptReader.read(text(type, language), type.scripts().get(language));
		for (Script s : result.scripts()) {
			s.setScriptId(scriptId(type.id(), language));
			s.setCallTypeId(type.id());
			s.setLanguage(language);
		}
		return result;
	}

	/**
	 * Reads the default script of the installed call type {@code callTypeId} in {@code language}.
	 *
	 * @throws IllegalStateException if no such call type is installed or it has no such script
	 */
	public static ImportResult read(String language, String callTypeId) {
		return read(installed(callTypeId), language);
	}

	/** The text of the installed call type {@code callTypeId}'s default script in {@code language}. */
	public static String text(String language, String callTypeId) {
		return text(installed(callTypeId), language);
	}

	private static CallTypeDescriptor installed(String callTypeId) {
		CallTypeDescriptor type = CallTypeRegistry.read().get(callTypeId);
		if (type == null) {
			throw new IllegalStateException("No call type " + callTypeId + " is installed");
		}
		return type;
	}

	/** The default scripts of every installed call type. */
	public static Defaults all() {
		return all(CallTypeRegistry.read());
	}

	/**
	 * The default scripts of every call type of {@code registry}, each language. A script that is missing, cannot
	 * be read, or does not read as exactly one clean script is logged and skipped; the others are still returned.
	 */
	public static Defaults all(CallTypeRegistry registry) {
		List<Script> scripts = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (CallTypeDescriptor type : registry.all()) {
			List<String> languages = type.scripts().keySet().stream().sorted(Comparator
					.comparing((String l) -> LANGUAGES.contains(l) ? LANGUAGES.indexOf(l) : LANGUAGES.size())
					.thenComparing(Comparator.naturalOrder())).toList();
			for (String language : languages) {
				String problem;
				try {
					ImportResult r = read(type, language);
					if (r.problems().isEmpty() && r.scripts().size() == 1) {
						scripts.addAll(r.scripts());
						continue;
					}
					Diagnostic first = r.problems().isEmpty() ? null : r.problems().get(0);
					problem = "Default script " + source(type, language) + " skipped: "
							+ (first != null ? first.getMessage() : r.scripts().size() + " scripts instead of one");
				} catch (IllegalStateException e) {
					problem = e.getMessage() + "; skipped";
				}
				problems.add(problem);
				if (InstalledBundles.installed() == null) {
					ILog.of(BuiltinScripts.class).warn(problem);
				}
			}
		}
		return new Defaults(scripts, problems);
	}
}
