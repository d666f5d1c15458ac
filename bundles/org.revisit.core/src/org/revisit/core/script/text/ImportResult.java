package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.model.Script;

/**
 * What {@link ScriptReader} made of a document: the scripts it understood, one diagnostic per line it did
 * not understand (code {@link ScriptDiagnostics#LINE_NOT_UNDERSTOOD}, data: line number, line text), and the
 * line each script, step and answer came from.
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

	/** All problems under one diagnostic (OK when there are none). */
	public Diagnostic diagnostic() {
		BasicDiagnostic root = new BasicDiagnostic(ScriptDiagnostics.SOURCE, 0, "Script text", null);
		problems.forEach(root::add);
		return root;
	}

	void problem(int line, String text, String message) {
		problems.add(new BasicDiagnostic(Diagnostic.ERROR, ScriptDiagnostics.SOURCE,
				ScriptDiagnostics.LINE_NOT_UNDERSTOOD, "Line " + line + ": " + message,
				new Object[] { line, text }));
	}

	void at(EObject object, int line) {
		lines.put(object, line);
	}
}
