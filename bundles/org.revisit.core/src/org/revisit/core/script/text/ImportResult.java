package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.eclipse.emf.ecore.EObject;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.model.Script;

/**
 * What {@link ScriptReader} made of a document: the scripts it understood, one warning per line it did not
 * understand (code {@link ScriptDiagnostics#LINE_NOT_UNDERSTOOD}, data: line number, line text), and the line
 * each script, step and answer came from. A line not understood is skipped; the script around it is still whole
 * enough to store.
 */
public final class ImportResult {

	private final List<Script> scripts = new ArrayList<>();
	private final List<Diagnostic> problems = new ArrayList<>();
	private final Map<EObject, Integer> lines = new IdentityHashMap<>();

	ImportResult() {
	}

	public List<Script> scripts() {
		return scripts;
	}

	/** The lines not understood, in document order. */
	public List<Diagnostic> problems() {
		return problems;
	}

	/** The 1-based line a script, step or answer was read from; 0 if it was not read from this document. */
	public int lineOf(EObject object) {
		return lines.getOrDefault(object, 0);
	}

	/** The lines not understood between the title of {@code script} and the next script's. */
	public List<Diagnostic> problems(Script script) {
		int i = scripts.indexOf(script);
		if (i < 0) {
			return List.of();
		}
		int from = lineOf(script);
		int to = i + 1 < scripts.size() ? lineOf(scripts.get(i + 1)) : Integer.MAX_VALUE;
		return problems.stream().filter(d -> ScriptDiagnostics.line(d) >= from && ScriptDiagnostics.line(d) < to)
				.toList();
	}

	/** All problems under one diagnostic (OK when there are none). */
	public Diagnostic diagnostic() {
		BasicDiagnostic root = new BasicDiagnostic(ScriptDiagnostics.SOURCE, 0, "Script text", null);
		problems.forEach(root::add);
		return root;
	}

	void problem(int line, String text, String message) {
		problems.add(new BasicDiagnostic(Diagnostic.WARNING, ScriptDiagnostics.SOURCE,
				ScriptDiagnostics.LINE_NOT_UNDERSTOOD, NLS.bind(Messages.Script_line, line, message),
				new Object[] { line, text }));
	}

	void at(EObject object, int line) {
		lines.put(object, line);
	}
}
