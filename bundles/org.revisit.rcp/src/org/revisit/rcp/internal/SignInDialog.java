package org.revisit.rcp.internal;

import java.io.IOException;
import java.net.URI;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.ui.internal.Background;
import org.revisit.ui.internal.Failures;

/**
 * Asks for the team server, the user and the password before the workbench window opens, and signs in (in the
 * background: the dialog stays responsive and can be cancelled). What goes wrong shows on one line in the dialog:
 * a field missing or malformed (named), a wrong password, a locked account, a server that cannot be reached. A
 * server whose certificate this computer does not know yet shows its fingerprint and asks whether to trust it.
 * "Work on this computer" (offered unless the command line named the server) opens the embedded database instead.
 */
public final class SignInDialog extends Dialog {

	/** The button that chooses the embedded database. */
	public static final int LOCAL_ID = IDialogConstants.CLIENT_ID + 1;

	private final String givenServer;
	private final boolean forced;
	private final String givenUser;
	private final SavedPasswords passwords;
	private final TeamLogin login;

	private Text server;
	private Text user;
	private Text password;
	private Button remember;
	private Label problem;
	/** The sign-in under way; a newer one (or closing the dialog) makes its answer unwanted. */
	private int attempt;
	private Services services;
	private URI signedInTo;

	/**
	 * @param server    the server to show (typed on the command line or remembered), or {@code null}
	 * @param forced    whether the command line named the server: then it cannot be changed, and working on this
	 *                  computer is not offered
	 * @param user      the user to show, or {@code null}
	 * @param passwords where remembered passwords are, or {@code null} when the secure storage cannot be used
	 * @param login     connects to the server
	 */
	public SignInDialog(Shell parent, String server, boolean forced, String user, SavedPasswords passwords,
			TeamLogin login) {
		super(parent);
		this.login = login;
		this.givenServer = server;
		this.forced = forced;
		this.givenUser = user;
		this.passwords = passwords;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.SignIn_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(8, 8).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.SignIn_intro);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(intro);

		server = field(area, Messages.SignIn_server, SWT.BORDER | SWT.SINGLE);
		server.setMessage(Messages.SignIn_serverHint);
		server.setText(givenServer == null ? "" : givenServer); //$NON-NLS-1$
		server.setEditable(!forced);
		user = field(area, Messages.SignIn_user, SWT.BORDER | SWT.SINGLE);
		user.setText(givenUser == null ? "" : givenUser); //$NON-NLS-1$
		password = field(area, Messages.SignIn_password, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		remember = new Button(area, SWT.CHECK);
		remember.setText(Messages.SignIn_remember);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
		remember.setEnabled(passwords != null);
		char[] saved = passwords == null || givenServer == null || givenUser == null ? null
				: passwords.load(givenServer, givenUser);
		if (saved != null) {
			password.setText(new String(saved));
			remember.setSelection(true);
			SavedPasswords.wipe(saved);
		}

		problem = new Label(area, SWT.NONE);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	private static Text field(Composite parent, String label, int style) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		Text text = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!forced) {
			createButton(parent, LOCAL_ID, Messages.SignIn_local, false);
		}
		createButton(parent, IDialogConstants.OK_ID, Messages.SignIn_signIn, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected Control createContents(Composite parent) {
		Control contents = super.createContents(parent);
		Text empty = server.getText().isBlank() ? server : user.getText().isBlank() ? user
				: password.getText().isEmpty() ? password : null;
		if (empty != null) {
			empty.setFocus();
		}
		return contents;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == LOCAL_ID) {
			attempt++;
			setReturnCode(LOCAL_ID);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	public boolean close() {
		TeamStatus.signingIn(null);
		return super.close();
	}

	@Override
	protected void cancelPressed() {
		attempt++; // a sign-in still under way is not wanted any more
		super.cancelPressed();
	}

	/** Checks the fields, then signs in in the background. */
	@Override
	protected void okPressed() {
		String typed = server.getText().strip();
		String name = user.getText().strip();
		if (typed.isEmpty()) {
			say(Messages.SignIn_noServer, server);
			return;
		}
		URI uri;
		try {
			uri = TeamLogin.parse(typed);
		} catch (IllegalArgumentException e) {
			say(NLS.bind(Messages.SignIn_badServer, typed), server);
			return;
		}
		if (name.isEmpty()) {
			say(Messages.SignIn_noUser, user);
			return;
		}
		if (password.getText().isEmpty()) {
			say(Messages.SignIn_noPassword, password);
			return;
		}
		char[] secret = password.getText().toCharArray();
		signIn(uri, name, secret, remember.getSelection());
		SavedPasswords.wipe(secret);
	}

	/** Signs in on a thread of its own; the answer comes back to {@link #arrived}. The caller keeps {@code secret}. */
	private void signIn(URI uri, String name, char[] secret, boolean keep) {
		int mine = ++attempt;
		working(true);
		say(NLS.bind(Messages.SignIn_connecting, uri), null);
		problem.setForeground(null);
		Background ui = new Background(getShell());
		char[] sent = secret.clone(); // cleared once sent
		char[] kept = secret.clone(); // for saving it, or for signing in again after trusting the server
		// while the server does not answer, the client retries for a while: say so here, where the agent waits
		TeamStatus.signingIn(ui.later(text -> {
			if (mine == attempt) {
				say(text, null);
			}
		}));
		Thread thread = new Thread(() -> {
			Object outcome;
			try {
				outcome = login.connect(uri, name, sent);
			} catch (TeamLogin.UnknownServer e) {
				outcome = e;
			} catch (RuntimeException e) {
				outcome = e;
			} finally {
				SavedPasswords.wipe(sent);
			}
			Object result = outcome;
			// a connection that arrives when the dialog is gone is closed: nobody will use it
			ui.post(() -> arrived(mine, result, uri, name, kept, keep), () -> {
				if (result instanceof Services s) {
					s.close();
				}
				SavedPasswords.wipe(kept);
			});
		}, "Revisit sign-in"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	private void arrived(int mine, Object outcome, URI uri, String name, char[] secret, boolean keep) {
		boolean open = getShell() != null && !getShell().isDisposed();
		if (!open || mine != attempt) {
			if (outcome instanceof Services s) {
				s.close(); // signed in after all, but nobody waits for it any more
			}
			SavedPasswords.wipe(secret);
			return;
		}
		working(false);
		if (outcome instanceof Services s) {
			signedIn(s, uri, name, secret, keep);
		} else if (outcome instanceof TeamLogin.UnknownServer unknown) {
			if (MessageDialog.openQuestion(getShell(), Messages.SignIn_unknownTitle,
					NLS.bind(Messages.SignIn_unknownServer, uri, unknown.fingerprint()))) {
				try {
					unknown.trust();
					signIn(uri, name, secret, keep);
				} catch (RuntimeException e) {
					say(message(uri, e), null);
				}
			} else {
				say(NLS.bind(Messages.SignIn_notTrusted, uri), server);
			}
			SavedPasswords.wipe(secret);
		} else {
			SavedPasswords.wipe(secret);
			RuntimeException e = (RuntimeException) outcome;
			say(message(uri, e), e instanceof ServiceException s && s.kind() == ServiceException.Kind.UNAUTHENTICATED
					? password : null);
		}
	}

	private void signedIn(Services s, URI uri, String name, char[] secret, boolean keep) {
		services = s;
		signedInTo = uri;
		TeamPreferences.remember(uri.toString(), name);
		if (passwords != null) {
			try {
				if (keep) {
					passwords.save(uri.toString(), name, secret);
				} else {
					passwords.forget(uri.toString(), name);
				}
			} catch (IOException e) {
				// signing in worked; only remembering the password did not
				ILog.of(SignInDialog.class).warn(e.getMessage(), e);
			}
		}
		SavedPasswords.wipe(secret);
		setReturnCode(OK);
		close();
	}

	/** The one line that says why signing in did not work. */
	public static String message(URI uri, RuntimeException e) {
		String detail = Failures.oneLine(e);
		if (!(e instanceof ServiceException s)) {
			return NLS.bind(Messages.SignIn_failed, detail);
		}
		return switch (s.kind()) {
		case UNAUTHENTICATED -> Messages.SignIn_refused;
		case LOCKED -> NLS.bind(Messages.SignIn_locked, detail);
		case UNAVAILABLE -> NLS.bind(Messages.SignIn_unavailable, uri, detail);
		default -> NLS.bind(Messages.SignIn_failed, detail);
		};
	}

	/** Shows {@code text} as the problem (on one line; all of it in the tool tip) and puts the cursor in {@code field}. */
	private void say(String text, Text field) {
		problem.setForeground(problem.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		problem.setText(text.replace('\n', ' '));
		problem.setToolTipText(text);
		if (field != null && !field.isDisposed()) {
			field.setFocus();
			field.selectAll();
		}
	}

	private void working(boolean busy) {
		for (Text t : new Text[] { server, user, password }) {
			t.setEnabled(!busy);
		}
		remember.setEnabled(!busy && passwords != null);
		getButton(IDialogConstants.OK_ID).setEnabled(!busy);
	}

	/** The services signed in to (after OK), or {@code null}. */
	public Services getServices() {
		return services;
	}

	/** The server signed in to (after OK), or {@code null}. */
	public URI getServer() {
		return signedInTo;
	}

	/** The button {@code id} (sign in, cancel, {@link #LOCAL_ID}), or {@code null}; public for tests. */
	@Override
	public Button getButton(int id) {
		return super.getButton(id);
	}

	/** The line saying what went wrong, for tests. */
	public String getProblem() {
		return problem.getText();
	}

	/** The server field, for tests. */
	public Text getServerField() {
		return server;
	}

	/** The user field, for tests. */
	public Text getUserField() {
		return user;
	}

	/** The password field, for tests. */
	public Text getPasswordField() {
		return password;
	}

	/** The "remember the password" box, for tests. */
	public Button getRememberBox() {
		return remember;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
