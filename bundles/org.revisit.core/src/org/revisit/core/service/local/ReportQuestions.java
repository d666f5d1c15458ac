package org.revisit.core.service.local;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.core.service.ServiceException;
import org.revisit.store.StoreException;

/**
 * What the reports need to know of the scripts the calls followed: a step's question, whether a step asks
 * about satisfaction or checks the contact's data, and whether an answer is a bad one. Scripts are read once per
 * version (stored ones, or the built-in scripts of the installed call types); a script that is no longer there
 * leaves its steps unnamed ("step N").
 */
final class ReportQuestions {

	private final CallScripts scripts;
	private final Map<String, Script> read = new HashMap<>();

	ReportQuestions(CallScripts scripts) {
		this.scripts = scripts;
	}

	private Script script(String id, int version) {
		if (id == null) {
			return null;
		}
		return read.computeIfAbsent(id + "@" + version, k -> { //$NON-NLS-1$
			try {
				return scripts.byVersion(id, version);
			} catch (StoreException | ServiceException | IllegalArgumentException e) {
				return null;
			}
		});
	}

	Step step(String scriptId, int version, int number) {
		Script s = script(scriptId, version);
		if (s == null) {
			return null;
		}
		for (Step step : s.getSteps()) {
			if (step.getNumber() == number) {
				return step;
			}
		}
		return null;
	}

	/** The call type of the script, or "". */
	String callType(String scriptId, int version) {
		Script s = script(scriptId, version);
		return s == null || s.getCallTypeId() == null ? "" : s.getCallTypeId(); //$NON-NLS-1$
	}

	/** The question as the script says it (placeholders left as written), or "step N". */
	String question(String scriptId, int version, int number) {
		Step step = step(scriptId, version, number);
		return step == null || step.getUtterance() == null ? "step " + number : step.getUtterance(); //$NON-NLS-1$
	}

	/** Whether the step asks whether the customer is satisfied. */
	boolean asksSatisfaction(String scriptId, int version, int number) {
		Step step = step(scriptId, version, number);
		if (step == null) {
			return false;
		}
		return step.getAnswers().stream().anyMatch(a -> dissatisfied(a.getLabel()));
	}

	/** "dissatisfied", "不满意"... */
	static boolean dissatisfied(String label) {
		String l = label == null ? "" : label.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return l.contains("dissatisf") || l.contains("unsatisf") || l.contains("不满意"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Whether the step checks the contact's company data (full name, address, main contact, email, fax). */
	boolean checksData(String scriptId, int version, int number) {
		Step step = step(scriptId, version, number);
		if (step == null || step.getUtterance() == null) {
			return false;
		}
		String u = step.getUtterance().toLowerCase(Locale.ROOT);
		return u.contains("company details") || u.contains("公司资料") || u.contains("核对") || u.contains("核实") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| u.contains("verify your") || u.contains("contact details"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether {@code label} at a data-check step records a change (the data was corrected). */
	boolean corrects(String scriptId, int version, int number, String label) {
		Answer a = answer(scriptId, version, number, label);
		return a != null && a.getActions().stream().anyMatch(RecordField.class::isInstance);
	}

	/**
	 * Whether the answer is a bad one: dissatisfied, or one after which the agent writes down what went wrong (a
	 * reason or a text) while another answer of the same step asks for nothing.
	 */
	boolean negative(String scriptId, int version, int number, String label) {
		if (dissatisfied(label)) {
			return true;
		}
		Step step = step(scriptId, version, number);
		Answer a = answer(scriptId, version, number, label);
		if (step == null || a == null || !recordsWhatWentWrong(a)) {
			return false;
		}
		return step.getAnswers().stream().anyMatch(other -> other != a && !recordsWhatWentWrong(other)
				&& other.getActions().stream().noneMatch(RecordField.class::isInstance));
	}

	private static boolean recordsWhatWentWrong(Answer a) {
		for (Action action : a.getActions()) {
			if (action instanceof RecordField r && (r.getKind() == RecordKind.REASON || r.getKind() == RecordKind.TEXT)) {
				return true;
			}
		}
		return false;
	}

	private Answer answer(String scriptId, int version, int number, String label) {
		Step step = step(scriptId, version, number);
		if (step == null) {
			return null;
		}
		for (Answer a : step.getAnswers()) {
			if (a.getLabel() != null && a.getLabel().equals(label)) {
				return a;
			}
		}
		return null;
	}
}
