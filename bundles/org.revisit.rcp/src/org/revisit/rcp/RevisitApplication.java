package org.revisit.rcp;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.revisit.core.service.Services;
import org.revisit.rcp.internal.EmbeddedDatabase;
import org.revisit.rcp.internal.Messages;
import org.revisit.rcp.internal.RevisitWorkbenchAdvisor;
import org.revisit.rcp.internal.SavedPasswords;
import org.revisit.rcp.internal.SignInDialog;
import org.revisit.rcp.internal.TeamLogin;
import org.revisit.rcp.internal.TeamPreferences;
import org.revisit.store.Clocks;
import org.revisit.ui.internal.Failures;

/**
 * The Revisit workbench application. It works either on this computer, on the embedded database in the instance
 * area ({@code -data DIR}, by default {@code ~/.revisit}; a new database gets demo data), or on a team server:
 * started with {@code -server https://HOST:PORT} (or {@code --server}), or when the last start signed in to one, it
 * asks to sign in before the window opens. Either way it offers the {@link Services} to the views as an OSGi
 * service and runs the workbench.
 */
public final class RevisitApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			Session session;
			try {
				session = open(display, dataDirectory(), args);
			} catch (RuntimeException e) {
				// The message says what is wrong (a folder, a database); a stack trace would bury it.
				String message = Failures.oneLine(e);
				ILog.of(getClass()).error(message, EmbeddedDatabase.isDataProblem(e) ? null : e);
				MessageDialog.openError(null, "Revisit", message); //$NON-NLS-1$
				return EXIT_OK;
			}
			if (session == null) {
				return EXIT_OK; // the sign-in was cancelled
			}
			Services services = session.services();
			BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
			ServiceRegistration<Services> registration = bundleContext.registerService(Services.class, services, null);
			try {
				int code = PlatformUI.createAndRunWorkbench(display, new RevisitWorkbenchAdvisor(session.title()));
				return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
			} finally {
				registration.unregister();
				services.close();
			}
		} finally {
			display.dispose();
		}
	}

	/** The services worked with, and the window's title: the product's name, in team mode with who is signed in where. */
	private record Session(Services services, String title) {

		static Session embedded(Display display, Path data) {
			return new Session(EmbeddedDatabase.open(display, data), "Revisit"); //$NON-NLS-1$
		}
	}

	/**
	 * The services to work with: a team server's after signing in, when the command line names one or the last start
	 * signed in to one; else (or when the user chooses to work on this computer) the embedded database's. Null when
	 * the user cancels the sign-in.
	 */
	private static Session open(Display display, Path data, String[] args) {
		String server = argument(args, "-server", "--server"); //$NON-NLS-1$ //$NON-NLS-2$
		boolean forced = server != null;
		if (server == null) {
			server = TeamPreferences.server();
		}
		if (server == null) {
			return Session.embedded(display, data);
		}
		String user = argument(args, "--user", null); //$NON-NLS-1$
		SignInDialog dialog = new SignInDialog(null, server, forced, user != null ? user : TeamPreferences.user(),
				savedPasswords(), TeamLogin.forThisUser(Clocks.application()));
		int choice = dialog.open();
		if (choice == Window.OK) {
			Services services = dialog.getServices();
			return new Session(services, NLS.bind(Messages.Window_teamTitle, services.principal().user(),
					dialog.getServer()));
		}
		if (choice == SignInDialog.LOCAL_ID) {
			TeamPreferences.forgetServer();
			return Session.embedded(display, data);
		}
		return null;
	}

	/** The value after {@code name} (or {@code alias}) on the command line, or {@code null}. */
	private static String argument(String[] args, String name, String alias) {
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if (args[i].equals(name) || args[i].equals(alias)) {
				return args[i + 1];
			}
		}
		return null;
	}

	/** Where the sign-in keeps remembered passwords; null (nothing remembered) if the storage cannot be opened. */
	private static SavedPasswords savedPasswords() {
		try {
			return SavedPasswords.in(Platform.getStateLocation(FrameworkUtil.getBundle(RevisitApplication.class))
					.toPath());
		} catch (IOException | RuntimeException e) {
			ILog.of(RevisitApplication.class).warn(e.getMessage(), e);
			return null;
		}
	}

	/** The instance area as a folder; {@code ~/.revisit} when none was given. */
	private static Path dataDirectory() {
		Location instance = Platform.getInstanceLocation();
		try {
			if (!instance.isSet()) {
				File dir = new File(System.getProperty("user.home"), ".revisit"); //$NON-NLS-1$ //$NON-NLS-2$
				instance.set(dir.toURI().toURL(), true);
			}
		} catch (IOException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		URL url = instance.getURL();
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return new File(url.getPath()).toPath();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
