package org.revisit.rcp.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.store.Clocks;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

/**
 * The services of a desktop working on this computer: the embedded Derby database of the data folder, opened for
 * the operating-system user, filled with demo data (through the data service) when it is new. This is the one class of the workbench that sees
 * the store; everything else goes through {@link Services}.
 */
public final class EmbeddedDatabase {

	/** How many demo contacts a new database gets (with the demo campaigns and their planned calls). */
	private static final int DEMO_CONTACTS = 300;

	private EmbeddedDatabase() {
	}

	/**
	 * Opens the database in {@code dataDirectory/db}, showing a notice while Derby recovers it after an unclean
	 * shutdown.
	 *
	 * @throws StoreException or {@link IllegalArgumentException} with a one-line message when the folder or the
	 *                        database cannot be used
	 */
	public static Services open(Display display, Path dataDirectory) {
		Shell[] notice = new Shell[1];
		Store store;
		try {
			store = Store.open(StoreConfig.embedded(dataDirectory).withClock(Clocks.application()),
					database -> notice[0] = recovering(display, database));
		} finally {
			if (notice[0] != null) {
				notice[0].dispose();
			}
		}
		try {
			boolean fresh = store.isNew();
			Services services = LocalServices.desktop(store, CallTypeRegistry.read());
			if (fresh) {
				services.data().demo(DEMO_CONTACTS);
			}
			return services;
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/** Whether {@code e} says what is wrong with the data folder or the database (rather than being a fault). */
	public static boolean isDataProblem(RuntimeException e) {
		return e instanceof StoreException || e instanceof IllegalArgumentException;
	}

	/**
	 * Says, in the log and in a small window shown until the database is open, that Derby is recovering a
	 * database that was not shut down cleanly: that can take minutes before the workbench appears.
	 */
	private static Shell recovering(Display display, Path database) {
		String message = NLS.bind(Messages.RevisitApplication_recovering, database);
		ILog.of(EmbeddedDatabase.class).info(message);
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
}
