package org.revisit.rcp.internal;

import java.io.File;
import java.net.URL;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Help &gt; User Guide: opens the agents' guide, {@code docs/user-guide.md} of the installation (the product carries
 * it at its root), with the program the desktop opens such files with; the system property {@code revisit.userGuide}
 * (a file or a URL) names another. When nothing can open it, says where it is.
 */
public final class UserGuideHandler extends AbstractHandler {

	/** The guide's path inside the installation. */
	static final String PATH = "docs/user-guide.md"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		String guide = where();
		if (guide == null || !Program.launch(guide)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.UserGuide_title,
					NLS.bind(Messages.UserGuide_where, guide == null ? PATH : guide));
		}
		return null;
	}

	/** The guide to open: the property's, else the installation's if it is there; {@code null} if neither. */
	static String where() {
		String named = System.getProperty("revisit.userGuide"); //$NON-NLS-1$
		if (named != null && !named.isBlank()) {
			return named.strip();
		}
		URL install = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
		if (install != null && "file".equals(install.getProtocol())) { //$NON-NLS-1$
			File file = new File(install.getPath(), PATH);
			if (file.isFile()) {
				return file.getAbsolutePath();
			}
		}
		return null;
	}
}
