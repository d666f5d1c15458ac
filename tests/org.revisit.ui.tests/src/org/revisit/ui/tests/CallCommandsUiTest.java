package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.AgentDesk.openFreshCall;
import static org.revisit.ui.tests.AgentDesk.page;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.revisit.core.plan.Attempts;
import org.revisit.store.Store;
import org.revisit.ui.views.CallCommands;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.QueueView;

/**
 * The Call view's keys are workbench commands: run through the handler service they answer, undo and end an
 * attempt; their contexts are active exactly while the Call view is; Ctrl+Z is the view's own there and the
 * workbench's Undo elsewhere; the buttons show the bound keys.
 */
class CallCommandsUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Store store = AgentDesk.store();

	private IHandlerService handlers() {
		return workbench.getActiveWorkbenchWindow().getService(IHandlerService.class);
	}

	private void execute(String commandId, Map<String, String> parameters) throws Exception {
		ICommandService commands = workbench.getService(ICommandService.class);
		handlers().executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters),
				null);
	}

	private static int stepOf(CallView view) {
		return view.getSession().runner().currentStep().getNumber();
	}

	@Test
	void theCommandsAnswerUndoAndEndTheAttemptThroughTheHandlerService() throws Exception {
		CallView view = openFreshCall(store);
		page().activate(view);
		long task = view.getSession().task().taskId();
		int first = stepOf(view);

		execute(CallCommands.ANSWER, Map.of(CallCommands.ANSWER_NUMBER, "1"));
		waitUntil(() -> !view.isBusy() && view.getSession().runner().path().size() == 1, "the answer is given");
		assertFalse(stepOf(view) == first, "the call moved on");
		assertEquals(1, store.drafts().find(task).answers(), "the answer is stored");

		execute(CallCommands.UNDO, Map.of());
		waitUntil(() -> !view.isBusy() && view.getSession().runner().path().isEmpty(), "the answer is taken back");
		assertEquals(first, stepOf(view));

		// ending the attempt would use up the demo's fresh calls for other tests (ExplainUiTest presses F6):
		// here the three are only found handled while the Call view is active
		ICommandService commands = workbench.getService(ICommandService.class);
		for (String id : new String[] { CallCommands.NO_ANSWER, CallCommands.BUSY, CallCommands.WRONG_NUMBER }) {
			assertTrue(commands.getCommand(id).isHandled() && commands.getCommand(id).isEnabled(), id);
		}
		view.release();
		waitUntil(() -> view.getSession() == null && !view.isBusy(), "the call is given back");
		assertNull(store.claims().find(task).leaseOwner(), "the call is given back");
	}

	@Test
	void theKeysAreBoundInTheCallViewsContextsOnlyWhileItIsActive() throws Exception {
		CallView view = openFreshCall(store);
		page().activate(view);
		IContextService contexts = workbench.getService(IContextService.class);
		IBindingService bindings = workbench.getService(IBindingService.class);
		waitUntil(() -> contexts.getActiveContextIds().contains(CallCommands.ANSWERING),
				"the Call view's contexts are active with it");
		assertTrue(contexts.getActiveContextIds().contains(CallCommands.CONTEXT));
		Binding ctrlZ = bindings.getPerfectMatch(KeySequence.getInstance("M1+Z"));
		assertNotNull(ctrlZ);
		assertEquals(CallCommands.UNDO, ctrlZ.getParameterizedCommand().getId(),
				"in the Call view Ctrl+Z takes back the last answer");
		assertEquals(CallCommands.NO_ANSWER,
				bindings.getPerfectMatch(KeySequence.getInstance("F6")).getParameterizedCommand().getId());
		Binding three = bindings.getPerfectMatch(KeySequence.getInstance("3"));
		assertEquals(CallCommands.ANSWER, three.getParameterizedCommand().getId());
		assertEquals("3", three.getParameterizedCommand().getParameterMap().get(CallCommands.ANSWER_NUMBER));
		assertTrue(view.getNotReachedButtons().get(Attempts.BUSY).getText().endsWith("(F7)"),
				view.getNotReachedButtons().get(Attempts.BUSY).getText());

		view.getNotes().setFocus();
		view.getNotes().notifyListeners(org.eclipse.swt.SWT.FocusIn, new org.eclipse.swt.widgets.Event());
		waitUntil(() -> !contexts.getActiveContextIds().contains(CallCommands.ANSWERING),
				"typing in the notes leaves the answering keys");
		assertNull(bindings.getPerfectMatch(KeySequence.getInstance("3")), "a digit typed into the notes is text");
		assertEquals(CallCommands.ANSWER,
				bindings.getPerfectMatch(KeySequence.getInstance("M3+3")).getParameterizedCommand().getId());
		Binding undoWhileTyping = bindings.getPerfectMatch(KeySequence.getInstance("M1+Z"));
		assertTrue(undoWhileTyping == null || !CallCommands.UNDO.equals(undoWhileTyping.getParameterizedCommand().getId()),
				"Ctrl+Z in the notes undoes typing");
		view.getNotes().notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());

		QueueView queue = (QueueView) page().showView(QueueView.ID);
		page().activate(queue);
		waitUntil(() -> !contexts.getActiveContextIds().contains(CallCommands.CONTEXT),
				"another view active: the Call view's keys are not");
		Binding elsewhere = bindings.getPerfectMatch(KeySequence.getInstance("M1+Z"));
		assertTrue(elsewhere == null || !CallCommands.UNDO.equals(elsewhere.getParameterizedCommand().getId()),
				"outside the Call view Ctrl+Z is not the Call view's");
		assertNull(bindings.getPerfectMatch(KeySequence.getInstance("3")));

		page().activate(view);
		view.release();
		waitUntil(() -> view.getSession() == null && !view.isBusy(), "the call is given back");
	}
}
