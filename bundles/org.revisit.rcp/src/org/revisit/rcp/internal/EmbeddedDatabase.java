package org.revisit.rcp.internal;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
	 * Opens the database in {@code dataDirectory/db} on a thread of its own while this (the user-interface) thread
	 * keeps the display alive, showing a notice while Derby recovers the database after an unclean shutdown. No
	 * JDBC runs on the user-interface thread, not even at start.
	 *
	 * @throws StoreException or {@link IllegalArgumentException} with a one-line message when the folder or the
	 *                        database cannot be used
	 */
	public static Services open(Display display, Path dataDirectory) {
		CompletableFuture<Services> opened = new CompletableFuture<>();
		Shell[] notice = new Shell[1];
		Thread opener = new Thread(() -> {
			try {
				opened.complete(openHere(dataDirectory, new Store.OpenListener() {
					@Override
					public void recovering(Path database) {
						display.syncExec(() -> notice[0] = notice(display, NLS.bind(Messages.RevisitApplication_recovering, database)));
					}

					@Override
					public void upgrading(Path database) {
						display.syncExec(() -> {
							if (notice[0] != null) {
								notice[0].dispose();
							}
							notice[0] = notice(display, NLS.bind(Messages.RevisitApplication_upgrading, database));
						});
					}
				},
						() -> display.syncExec(() -> {
							if (notice[0] != null) {
								notice[0].dispose();
							}
							notice[0] = notice(display, Messages.RevisitApplication_preparingDemo);
						})));
			} catch (Throwable e) { // handed to the user-interface thread below
				opened.completeExceptionally(e);
			} finally {
				display.wake();
			}
		}, "Revisit: opening the database"); //$NON-NLS-1$
		opener.start();
		try {
			while (!opened.isDone()) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			if (notice[0] != null) {
				notice[0].dispose();
			}
		}
		try {
			return opened.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw e;
		}
	}

	/**
	 * Opens the store and its services on the calling thread (not the user interface's); demo data when new,
	 * {@code onDemo} told before (a month of simulated history takes a while on the first start).
	 */
	private static Services openHere(Path dataDirectory, Store.OpenListener onRecovery, Runnable onDemo) {
		Store store = Store.open(StoreConfig.embedded(dataDirectory).withClock(Clocks.application()), onRecovery);
		try {
			boolean fresh = store.isNew();
			Services services = LocalServices.desktop(store, CallTypeRegistry.read());
			if (fresh) {
				onDemo.run();
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
	 * Says, in the log and in a small window shown until the database is open, why the workbench takes long to
	 * appear: Derby recovering a database that was not shut down cleanly (that can take minutes), the database of
 * an earlier version being upgraded (minutes with millions of rows), or the demo data
	 * of a new data folder being prepared.
	 */
	private static Shell notice(Display display, String message) {
		ILog.of(EmbeddedDatabase.class).info(message);
		Shell shell = new Shell(display, SWT.ON_TOP | SWT.TITLE);
		shell.setText("Revisit"); //$NON-NLS-1$
		FillLayout margins = new FillLayout();
		margins.marginWidth = 16;
		margins.marginHeight = 12;
		shell.setLayout(margins);
		Label label = new Label(shell, SWT.WRAP);
		label.setText(message);
		// The label's own wrapped size at the width it will get: the shell's computeSize(480, ...) counted the trim
		// into the width, so without a window manager the text wrapped to one line more than the shell had room for.
		Point text = label.computeSize(448, SWT.DEFAULT);
		Rectangle trim = shell.computeTrim(0, 0, text.x + 2 * margins.marginWidth, text.y + 2 * margins.marginHeight);
		shell.setSize(trim.width, trim.height);
		Rectangle screen = display.getPrimaryMonitor().getBounds();
		Point size = shell.getSize();
		shell.setLocation(screen.x + (screen.width - size.x) / 2, screen.y + (screen.height - size.y) / 2);
		shell.open();
		return shell;
	}
}
