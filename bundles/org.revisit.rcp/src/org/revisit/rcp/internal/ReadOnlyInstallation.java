package org.revisit.rcp.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.revisit.p2.Plugins;

/**
 * Install New Software and Check for Updates in an installation this user cannot write (installed by root, used
 * by someone else): instead of p2's wizards, which would fail halfway or install into a private copy, the user is
 * told in one line why nothing can be installed and who can. The tester ({@code org.revisit.rcp.readOnly}) makes this
 * handler the active one only then; otherwise p2's own handlers run.
 */
public final class ReadOnlyInstallation extends AbstractHandler {

	/** {@code org.revisit.rcp.readOnly}: whether the running installation is read-only for this user. */
	public static final class Tester extends PropertyTester {
		@Override
		public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
			boolean readOnly = Plugins.readOnlyInstallation().isPresent();
			return expectedValue == null ? readOnly : expectedValue.equals(Boolean.valueOf(readOnly));
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		String install = Plugins.readOnlyInstallation().map(Object::toString).orElse(""); //$NON-NLS-1$
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.ReadOnly_title,
				NLS.bind(Messages.ReadOnly_message, install));
		return null;
	}
}
