package org.revisit.rcp;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.revisit.core.demo.DemoData;
import org.revisit.rcp.internal.Messages;
import org.revisit.rcp.internal.RevisitWorkbenchAdvisor;
import org.revisit.store.Clocks;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

/**
 * The Revisit workbench application. It opens the database in the instance area ({@code -data DIR},
 * by default {@code ~/.revisit}), fills a new database with demo data, offers the store to the views as an
 * OSGi service, and runs the workbench.
 */
public final class RevisitApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			Store store;
			Shell[] notice = new Shell[1];
			try {
				store = Store.open(storeConfig(context).withClock(Clocks.application()),
						database -> notice[0] = recovering(display, database));
			} catch (StoreException | IllegalArgumentException e) {
				// The message says what is wrong (a folder, a server, a password); a stack trace would bury it.
				ILog.of(getClass()).error(e.getMessage());
				MessageDialog.openError(null, "Revisit", e.getMessage()); //$NON-NLS-1$
				return EXIT_OK;
			} finally {
				if (notice[0] != null) {
					notice[0].dispose();
				}
			}
			if (store.isNew()) {
				DemoData.seed(store, DemoData.today(store.clock()));
			}
			BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
			ServiceRegistration<Store> registration = bundleContext.registerService(Store.class, store, null);
			try {
				int code = PlatformUI.createAndRunWorkbench(display, new RevisitWorkbenchAdvisor());
				return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
			} finally {
				registration.unregister();
				store.close();
			}
		} finally {
			display.dispose();
		}
	}

	/**
	 * Says, in the log and in a small window shown until the database is open, that Derby is recovering a
	 * database that was not shut down cleanly: that can take minutes before the workbench appears.
	 */
	private static Shell recovering(Display display, Path database) {
		String message = NLS.bind(Messages.RevisitApplication_recovering, database);
		ILog.of(RevisitApplication.class).info(message);
		Shell shell = new Shell(display, SWT.ON_TOP | SWT.TITLE);
		shell.setText("Revisit"); //$NON-NLS-1$
		shell.setLayout(new FillLayout());
		Label label = new Label(shell, SWT.WRAP);
		label.setText(message);
		shell.setSize(shell.computeSize(480, SWT.DEFAULT));
		Rectangle screen = display.getPrimaryMonitor().getBounds();
		Point size = shell.getSize();
		shell.setLocation(screen.x + (screen.width - size.x) / 2, screen.y + (screen.height - size.y) / 2);
		shell.open();
		// The open blocks this thread next: let the window paint first.
		while (display.readAndDispatch()) {
			// nothing else to do
		}
		shell.update();
		return shell;
	}

	/**
	 * The database: the embedded one of the instance area. A team's data is on a Revisit server
	 * ({@code --server https://HOST:PORT}), which this workbench does not reach yet; the old Derby Network Server
	 * form {@code --server HOST:PORT} is refused with a pointer to the server.
	 */
	private static StoreConfig storeConfig(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		for (int i = 0; args != null && i + 1 < args.length; i++) {
			if ("--server".equals(args[i])) { //$NON-NLS-1$
				throw new IllegalArgumentException(NLS.bind(Messages.RevisitApplication_noServer, args[i + 1]));
			}
		}
		return StoreConfig.embedded(dataDirectory());
	}

	/** The instance area as a folder; {@code ~/.revisit} when none was given. */
	private static Path dataDirectory() throws Exception {
		Location instance = Platform.getInstanceLocation();
		if (!instance.isSet()) {
			File dir = new File(System.getProperty("user.home"), ".revisit"); //$NON-NLS-1$ //$NON-NLS-2$
			instance.set(dir.toURI().toURL(), true);
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
