package org.revisit.ui.scripts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.script.Flow;
import org.revisit.core.script.text.ScriptWriter;
import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.EndCall;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * The tree of a script: its steps, each step's answers (or "said, then the next step"), each answer's actions, and
 * where the call goes when an answer names no step: the next step, or the end with its outcome code.
 */
final class ScriptTree {

	/** A line of the tree that is no model object: what happens when nothing more is said. */
	record Note(Object parent, String text) {
	}

	private ScriptTree() {
	}

	static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Script s ? s.getSteps().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object element) {
			if (element instanceof Step step) {
				Script script = (Script) step.eContainer();
				if (step.getAnswers().isEmpty()) {
					return new Object[] { new Note(step, Flow.following(script, step) == null
							? NLS.bind(Messages.Node_end, "COMPLETED") : Messages.Node_goesOn) }; //$NON-NLS-1$
				}
				return step.getAnswers().toArray();
			}
			if (element instanceof Answer answer) {
				List<Object> children = new ArrayList<>(answer.getActions());
				if (Flow.goesOn(answer)) {
					Step step = (Step) answer.eContainer();
					Script script = (Script) step.eContainer();
					children.add(new Note(answer, Flow.following(script, step) == null
							? NLS.bind(Messages.Node_end, "COMPLETED") : Messages.Node_continue)); //$NON-NLS-1$
				}
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Note n) {
				return n.parent();
			}
			return element instanceof org.eclipse.emf.ecore.EObject e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Step || element instanceof Answer a && getChildren(a).length > 0;
		}
	}

	static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof Step step) {
				return NLS.bind(Messages.Node_step, step.getNumber(), shorten(step.getUtterance()));
			}
			if (element instanceof Answer answer) {
				return answer.getLabel() == null || answer.getLabel().isEmpty() ? "\u2026" : answer.getLabel(); //$NON-NLS-1$
			}
			if (element instanceof EndCall end) {
				return NLS.bind(Messages.Node_end, end.getOutcomeCode() == null ? "COMPLETED" : end.getOutcomeCode()); //$NON-NLS-1$
			}
			if (element instanceof Action action) {
				Script script = script(action);
				return ScriptWriter.action(action, script != null && "zh".equals(script.getLanguage())); //$NON-NLS-1$
			}
			if (element instanceof Note note) {
				return note.text();
			}
			return String.valueOf(element);
		}

		private static Script script(Action action) {
			for (org.eclipse.emf.ecore.EObject o = action; o != null; o = o.eContainer()) {
				if (o instanceof Script s) {
					return s;
				}
			}
			return null;
		}

		private static String shorten(String s) {
			String t = s == null ? "" : s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			return t.length() > 60 ? t.substring(0, 59) + "\u2026" : t; //$NON-NLS-1$
		}
	}
}
