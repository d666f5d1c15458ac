package org.revisit.ui.views;

import java.util.Objects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.keys.IBindingService;
import org.revisit.core.plan.Attempts;

/**
 * The Call view's keys as workbench commands (declared in plugin.xml): answer by number, take back the last answer,
 * and end an attempt that did not reach the contact. Their key bindings live in two contexts the view activates on
 * its site, so they are active only while the Call view is the active part: {@value #CONTEXT} (Alt+1&ndash;9, F6,
 * F7, F8) and its child {@value #ANSWERING} (1&ndash;9, Ctrl+Z), which is left while the focus is in a text box,
 * where digits are text and Ctrl+Z undoes typing. Users rebind them in <i>Window &gt; Preferences &gt; Keys</i>.
 */
public final class CallCommands {

	/** Gives answer {@value #ANSWER_NUMBER} (1 to 9) of the current step. */
	public static final String ANSWER = "org.revisit.ui.call.answer"; //$NON-NLS-1$
	/** The parameter of {@link #ANSWER}: the answer's number, from 1. */
	public static final String ANSWER_NUMBER = "org.revisit.ui.call.answer.number"; //$NON-NLS-1$
	public static final String UNDO = "org.revisit.ui.call.undo"; //$NON-NLS-1$
	public static final String NO_ANSWER = "org.revisit.ui.call.noAnswer"; //$NON-NLS-1$
	public static final String BUSY = "org.revisit.ui.call.busy"; //$NON-NLS-1$
	public static final String WRONG_NUMBER = "org.revisit.ui.call.wrongNumber"; //$NON-NLS-1$
	/** Active while the Call view is. */
	public static final String CONTEXT = "org.revisit.ui.contexts.callView"; //$NON-NLS-1$
	/** Active while the Call view is and its focus is not in a text box. */
	public static final String ANSWERING = "org.revisit.ui.contexts.callView.answering"; //$NON-NLS-1$

	private final IContextService contexts;
	private final IBindingService bindings;
	private IContextActivation answering;
	/** Set when the view's controls go: the site drops its activations itself. */
	private boolean closed;

	/** Activates the view's contexts on its site: they are then active exactly while the view is. */
	CallCommands(IWorkbenchPartSite site) {
		contexts = site.getService(IContextService.class);
		bindings = site.getService(IBindingService.class);
		if (contexts != null) {
			contexts.activateContext(CONTEXT);
		}
		answering(true);
	}

	/** While {@code box} has the focus, the digits and Ctrl+Z are its own. */
	void typingIn(Control box) {
		box.addListener(SWT.FocusIn, e -> answering(false));
		box.addListener(SWT.FocusOut, e -> answering(true));
	}

	/** {@code box} is about to go (the next step has other fields): if it has the focus, the keys answer again. */
	void leaving(Control box) {
		if (box.isFocusControl()) {
			answering(true);
		}
	}

	/** The view's controls are going: nothing is activated or deactivated any more. */
	void close() {
		closed = true;
	}

	private void answering(boolean on) {
		if (contexts == null || closed) {
			return;
		}
		if (on && answering == null) {
			answering = contexts.activateContext(ANSWERING);
		} else if (!on && answering != null) {
			contexts.deactivateContext(answering);
			answering = null;
		}
	}

	/** Whether the keys 1–9 and Ctrl+Z answer and undo now (the focus is not in a text box); for tests. */
	public boolean isAnswering() {
		return answering != null;
	}

	/**
	 * The key the user has for a command in the active scheme, as shown to people ({@code Ctrl+Z}), or
	 * {@code null} if it has none; {@code number} is the answer's number for {@link #ANSWER}, else {@code null}.
	 */
	String key(String commandId, String number) {
		if (bindings == null) {
			return null;
		}
		Binding best = null;
		for (Binding b : bindings.getBindings()) {
			ParameterizedCommand pc = b.getParameterizedCommand();
			if (pc == null || !pc.getId().equals(commandId) || !(b.getTriggerSequence() instanceof KeySequence)
					|| (number != null && !Objects.equals(number, pc.getParameterMap().get(ANSWER_NUMBER)))
					|| removed(b)) {
				continue;
			}
			// a user's own binding wins; of the others, the one of the most specific context (plain 1, not Alt+1)
			if (best == null || (b.getType() == Binding.USER && best.getType() != Binding.USER)
					|| (b.getType() == best.getType() && ANSWERING.equals(b.getContextId()))) {
				best = b;
			}
		}
		return best == null ? null : best.getTriggerSequence().format();
	}

	/** Whether the user deleted this system binding in the Keys preferences. */
	private boolean removed(Binding b) {
		if (b.getType() != Binding.SYSTEM) {
			return false;
		}
		for (Binding u : bindings.getBindings()) {
			if (u.getType() == Binding.USER && u.getParameterizedCommand() == null
					&& u.getTriggerSequence().equals(b.getTriggerSequence()) && Objects.equals(u.getContextId(),
							b.getContextId())) {
				return true;
			}
		}
		return false;
	}

	/** {@code label} with the command's key after it, as in a menu: {@code Busy (F7)}. */
	String withKey(String label, String commandId) {
		String key = key(commandId, null);
		return key == null ? label : label + " (" + key + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Runs on the active Call view, if the active part is one. */
	private abstract static class OnCallView extends AbstractHandler {
		@Override
		public final Object execute(ExecutionEvent event) {
			if (HandlerUtil.getActivePart(event) instanceof CallView view) {
				on(view, event);
			}
			return null;
		}

		abstract void on(CallView view, ExecutionEvent event);
	}

	/** {@link #ANSWER}. */
	public static final class Answer extends OnCallView {
		@Override
		void on(CallView view, ExecutionEvent event) {
			String number = event.getParameter(ANSWER_NUMBER);
			if (number != null && number.matches("[1-9]")) { //$NON-NLS-1$
				view.answer(Integer.parseInt(number) - 1);
			}
		}
	}

	/** {@link #UNDO}. */
	public static final class Undo extends OnCallView {
		@Override
		void on(CallView view, ExecutionEvent event) {
			view.undo();
		}
	}

	/** {@link #NO_ANSWER}. */
	public static final class NoAnswer extends OnCallView {
		@Override
		void on(CallView view, ExecutionEvent event) {
			view.notReached(Attempts.NO_ANSWER);
		}
	}

	/** {@link #BUSY}. */
	public static final class Busy extends OnCallView {
		@Override
		void on(CallView view, ExecutionEvent event) {
			view.notReached(Attempts.BUSY);
		}
	}

	/** {@link #WRONG_NUMBER}. */
	public static final class WrongNumber extends OnCallView {
		@Override
		void on(CallView view, ExecutionEvent event) {
			view.notReached(Attempts.WRONG_NUMBER);
		}
	}
}
