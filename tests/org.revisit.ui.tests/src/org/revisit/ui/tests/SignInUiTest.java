package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.revisit.core.service.ServiceException;
import org.revisit.rcp.internal.Messages;
import org.revisit.rcp.internal.SavedPasswords;
import org.revisit.rcp.internal.SignInDialog;
import org.revisit.rcp.internal.TeamLogin;
import org.revisit.rcp.internal.TeamPreferences;
import org.revisit.rcp.internal.TeamStatus;

/**
 * The sign-in to a team server, without a server: the dialog's texts, the one line saying what is wrong (a field
 * named, the server not reachable), the addresses it accepts, and the passwords it remembers in secure storage.
 */
class SignInUiTest {

	private Path folder;
	private SignInDialog dialog;

	@BeforeEach
	void folder() throws Exception {
		folder = Files.createTempDirectory("revisit-signin");
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		AgentDesk.activateWindow(); // the tests after these find the window active, as the agent does
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		assertNull(TeamPreferences.server(), "no test signs in, so the next start still works on this computer");
	}

	/**
	 * Opens the dialog (without waiting for it to close) as the application does before the window; the servers it
	 * trusts are in {@code known-servers} of {@code folder}.
	 */
	static SignInDialog open(String server, boolean forced, String user, Path folder) throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		SignInDialog d = new SignInDialog(shell, server, forced, user, SavedPasswords.in(folder),
				new TeamLogin(folder.resolve("known-servers"), AgentDesk.services().clock()));
		d.setBlockOnOpen(false);
		d.open();
		return d;
	}

	/** Fills the fields and presses Sign in. */
	static void signIn(SignInDialog d, String server, String user, String password) {
		d.getServerField().setText(server);
		d.getUserField().setText(user);
		d.getPasswordField().setText(password);
		d.getButton(IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void theDialogSaysWhatIsMissingOrWrongOnOneLine() throws Exception {
		dialog = open(null, false, null, folder);
		assertEquals("Sign in to the team server", dialog.getShell().getText());
		assertEquals("Sign &in", dialog.getButton(IDialogConstants.OK_ID).getText());
		Button local = dialog.getButton(SignInDialog.LOCAL_ID);
		assertNotNull(local, "working on this computer is offered when the command line named no server");
		assertEquals("Work on this &computer", local.getText());
		assertEquals("&Remember the password on this computer", dialog.getRememberBox().getText());
		assertFalse(dialog.getRememberBox().getSelection(), "a password is remembered only when asked to");

		signIn(dialog, "", "wang", "secret");
		assertEquals("Server: the address is missing (https://HOST:PORT).", dialog.getProblem());
		signIn(dialog, "192.168.1.20:1527", "wang", "secret");
		assertEquals("Server: give the address as https://HOST:PORT, not \u201c192.168.1.20:1527\u201d.",
				dialog.getProblem(), "the Derby Network Server's form is not a team server's address");
		signIn(dialog, "http://revisit.example:8443", "wang", "secret");
		assertEquals(NLS.bind(Messages.SignIn_badServer, "http://revisit.example:8443"), dialog.getProblem());
		signIn(dialog, "https://127.0.0.1:9", " ", "secret");
		assertEquals("User: the user name is missing.", dialog.getProblem());
		signIn(dialog, "https://127.0.0.1:9", "wang", "");
		assertEquals("Password: the password is missing.", dialog.getProblem());

		// nothing answers on port 9: the client keeps trying for a while, and the dialog says so
		signIn(dialog, "https://127.0.0.1:9", "wang", "secret");
		waitUntil(() -> dialog.getProblem().startsWith("The Revisit server 127.0.0.1:9 cannot be reached ("),
				"the dialog says the server cannot be reached");
		assertTrue(dialog.getProblem().matches(".*; retrying in \\d+ s\\.\\.\\.$"), dialog.getProblem());
		assertFalse(dialog.getServerField().isEnabled(), "still trying");
		assertTrue(dialog.getButton(IDialogConstants.CANCEL_ID).isEnabled(), "the agent can give up");
		assertTrue(dialog.getButton(SignInDialog.LOCAL_ID).isEnabled(), "or work on this computer");
		assertNull(dialog.getServices());
	}

	@Test
	void aServerNamedOnTheCommandLineCannotBeChangedNorLeft() throws Exception {
		dialog = open("https://revisit.example:8443", true, "wang", folder);
		assertNull(dialog.getButton(SignInDialog.LOCAL_ID), "no working on this computer when -server is given");
		assertFalse(dialog.getServerField().getEditable());
		assertEquals("https://revisit.example:8443", dialog.getServerField().getText());
		assertEquals("wang", dialog.getUserField().getText());
	}

	@Test
	void eachRefusalHasItsOwnLine() {
		URI uri = URI.create("https://revisit.example:8443");
		assertEquals("The user name or the password is wrong.", SignInDialog.message(uri,
				new ServiceException(ServiceException.Kind.UNAUTHENTICATED, "wrong user or password")));
		assertEquals("The account is locked: locked for 15 minutes after 5 failed logins", SignInDialog.message(uri,
				new ServiceException(ServiceException.Kind.LOCKED, "locked for 15 minutes after 5 failed logins")));
		assertEquals("Cannot reach https://revisit.example:8443: the certificate changed", SignInDialog.message(uri,
				new ServiceException(ServiceException.Kind.UNAVAILABLE, "the certificate changed\nsee the log")));
		assertEquals("Signing in did not work: FAILED",
				SignInDialog.message(uri, new ServiceException(ServiceException.Kind.FAILED, null)));
	}

	@Test
	void theStatusLineSaysWhenTheServerCannotBeReached() {
		String message = "The Revisit server https://revisit.example:8443/ cannot be reached (Connection refused); retrying in 4 s...";
		TeamStatus.unreachable(message);
		assertEquals(message, TeamStatus.shown());
		TeamStatus.reachable();
		assertNull(TeamStatus.shown(), "and stops saying so once it answers");
	}

	@Test
	void aTeamServerIsNamedByItsHttpsAddress() {
		assertEquals(URI.create("https://revisit.example:8443"), TeamLogin.parse(" https://revisit.example "));
		assertEquals(URI.create("https://10.0.0.5:9443"), TeamLogin.parse("https://10.0.0.5:9443/"));
		assertEquals(URI.create("https://[::1]:8443"), TeamLogin.parse("https://[::1]"));
		for (String bad : new String[] { "", "revisit.example", "10.0.0.5:1527", "http://revisit.example:8443",
				"https://wang@revisit.example", "https://revisit.example/revisit", "https://revisit.example?x=1",
				"https://" }) {
			assertThrows(IllegalArgumentException.class, () -> TeamLogin.parse(bad), bad);
		}
	}

	@Test
	void aRememberedPasswordIsEncryptedAndCanBeForgotten() throws Exception {
		SavedPasswords passwords = SavedPasswords.in(folder);
		assertNull(passwords.load("https://revisit.example:8443", "wang"));
		passwords.save("https://revisit.example:8443", "wang", "s3cret-Pass".toCharArray());
		assertArrayEquals("s3cret-Pass".toCharArray(), SavedPasswords.in(folder).load("https://revisit.example:8443", "wang"),
				"read back, also after opening the storage again");
		assertNull(passwords.load("https://revisit.example:8443", "li"), "per user");
		assertNull(passwords.load("https://other.example:8443", "wang"), "and per server");
		for (Path p : Files.list(folder).toList()) {
			assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains("s3cret-Pass"), p + " holds it in clear");
		}
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("secure_storage.key"))),
				"only the user reads the storage's key");

		dialog = open("https://revisit.example:8443", false, "wang", folder);
		assertEquals("s3cret-Pass", dialog.getPasswordField().getText(), "the dialog fills in the remembered password");
		assertTrue(dialog.getRememberBox().getSelection());
		dialog.close();

		passwords.forget("https://revisit.example:8443", "wang");
		assertNull(SavedPasswords.in(folder).load("https://revisit.example:8443", "wang"));
	}
}
