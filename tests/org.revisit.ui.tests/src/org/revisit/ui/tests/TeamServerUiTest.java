package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.Authenticator;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Contact;
import org.revisit.model.Role;
import org.revisit.rcp.internal.Messages;
import org.revisit.rcp.internal.SavedPasswords;
import org.revisit.rcp.internal.SignInDialog;
import org.revisit.rcp.internal.TeamLogin;
import org.revisit.rcp.internal.TeamPreferences;
import org.revisit.server.Certificates.Identity;
import org.revisit.server.Certificates;
import org.revisit.server.Login;
import org.revisit.server.RevisitServer;
import org.revisit.server.ServerFolder;
import org.revisit.server.ServerLog;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.ui.internal.PlanJob;

/**
 * Signing in to a real Revisit server (HTTPS on 127.0.0.1, a self-signed certificate, the users of its own
 * database): the dialog asks to trust the unknown server with its fingerprint, says a wrong password and a locked
 * account on its one line, signs in with the right one (remembering the server, the user and, when asked, the
 * password), and refuses a server whose certificate changed.
 */
class TeamServerUiTest {

	private static final String PASSWORD = "correct horse battery";

	private Path dir;
	private Store store;
	private LocalServices local;
	private RevisitServer server;
	private Identity identity;
	private URI uri;
	private SignInDialog dialog;
	private final List<String> questions = new ArrayList<>();

	@BeforeEach
	void startServer() throws Exception {
		dir = Files.createTempDirectory("revisit-team");
		Path data = dir.resolve("data");
		store = Store.open(StoreConfig.embedded(data).withClock(AgentDesk.services().clock()));
		local = LocalServices.open(store, CallTypeRegistry.read(), new Principal("revisit-server", null, Role.ADMIN));
		local.users().add("wang", "王芳", Role.AGENT, PASSWORD.toCharArray());
		local.users().add("li", "李强", Role.AGENT, PASSWORD.toCharArray());
		ServerFolder folder = new ServerFolder(data);
		folder.create();
		folder.saveIdentity(Certificates.selfSigned(List.of("localhost", "127.0.0.1"), store.clock()));
		identity = folder.loadIdentity();
		server = RevisitServer.builder(folder.serverTls(), Login.of(new Authenticator(store)), local::as)
				.address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).clock(store.clock())
				.log(ServerLog.console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
						store.clock()))
				.start();
		uri = URI.create("https://127.0.0.1:" + server.port());
	}

	@AfterEach
	void stopServer() throws Exception {
		// the next start of this workbench (the Chinese run) must not ask to sign in
		TeamPreferences.forgetServer();
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		AgentDesk.activateWindow(); // the tests after these find the window active, as the agent does
		if (dialog != null && dialog.getServices() != null) {
			dialog.getServices().close();
		}
		server.close();
		local.close();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** Answers the next "trust this server?" question with Yes, noting what it said. */
	private void trustWhenAsked(Display display) {
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (Messages.SignIn_unknownTitle.equals(shell.getText())) {
						questions.add(texts(shell));
						press(shell, IDialogConstants.YES_LABEL);
						return;
					}
				}
				display.timerExec(50, this);
			}
		});
	}

	private static String texts(Composite parent) {
		StringBuilder all = new StringBuilder();
		for (Control c : parent.getChildren()) {
			if (c instanceof Label l) {
				all.append(l.getText()).append('\n');
			} else if (c instanceof Composite inner) {
				all.append(texts(inner));
			}
		}
		return all.toString();
	}

	private static boolean press(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				b.notifyListeners(SWT.Selection, new Event());
				return true;
			}
			if (c instanceof Composite inner && press(inner, label)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void anAgentTrustsTheServerOnceAndSignsIn() throws Exception {
		Path known = dir.resolve("client/known-servers");
		dialog = SignInUiTest.open(null, false, null, dir.resolve("client"));
		Display display = dialog.getShell().getDisplay();

		trustWhenAsked(display);
		SignInUiTest.signIn(dialog, uri.toString(), "wang", "not the password");
		waitUntil(() -> "The user name or the password is wrong.".equals(dialog.getProblem()),
				"a wrong password is said on the line, not: " + dialog.getProblem());
		assertEquals(1, questions.size(), "the unknown server was asked about once");
		assertTrue(questions.get(0).contains(identity.fingerprint()), "with its fingerprint: " + questions.get(0));
		assertTrue(Files.readString(known).contains("127.0.0.1:" + server.port() + " " + identity.fingerprint()),
				"and trusted from now on");

		dialog.getRememberBox().setSelection(true);
		SignInUiTest.signIn(dialog, uri.toString(), "wang", PASSWORD);
		waitUntil(() -> dialog.getShell() == null, "signed in, the dialog closes; it says: "
				+ (dialog.getShell() == null ? "" : dialog.getProblem()));
		assertEquals(1, questions.size(), "a trusted server is not asked about again");
		assertEquals(SignInDialog.OK, dialog.getReturnCode());
		Services services = dialog.getServices();
		assertNotNull(services);
		assertTrue(services.remote());
		assertEquals("wang", services.principal().user());
		assertEquals(Role.AGENT, services.principal().role());
		assertEquals(uri, dialog.getServer());
		assertEquals(0L, services.queue().overdueCount(), "the services answer from the server's database");
		assertEquals(uri.toString(), TeamPreferences.server(), "the next start signs in there again");
		assertEquals("wang", TeamPreferences.user());
		assertArrayEquals(PASSWORD.toCharArray(), SavedPasswords.in(dir.resolve("client")).load(uri.toString(), "wang"),
				"the password was remembered, as asked");
	}

	@Test
	void aLockedAccountAndAChangedCertificateAreSaidOnTheLine() throws Exception {
		Path client = dir.resolve("client");
		Files.createDirectories(client);
		Files.writeString(client.resolve("known-servers"), "127.0.0.1:" + server.port() + " " + identity.fingerprint() + "\n");
		dialog = SignInUiTest.open(null, false, null, client);
		for (int i = 0; i < Authenticator.FAILURES_BEFORE_LOCK; i++) {
			dialog.getPasswordField().setText("");
			SignInUiTest.signIn(dialog, uri.toString(), "li", "wrong password " + i);
			waitUntil(() -> dialog.getServerField().isEnabled() && !dialog.getProblem().startsWith("Connecting"),
					"the sign-in is answered");
		}
		SignInUiTest.signIn(dialog, uri.toString(), "li", PASSWORD);
		waitUntil(() -> dialog.getProblem().startsWith("The account is locked: "),
				"a locked account is said on the line, not: " + dialog.getProblem());
		assertNull(dialog.getServices());

		String other = "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF";
		Files.writeString(client.resolve("known-servers"), "127.0.0.1:" + server.port() + " " + other + "\n");
		SignInUiTest.signIn(dialog, uri.toString(), "wang", PASSWORD);
		waitUntil(() -> dialog.getProblem().contains("changed (was " + other),
				"a changed certificate is refused with the client's words, not: " + dialog.getProblem());
		assertTrue(dialog.getProblem().startsWith("Signing in did not work: The certificate of 127.0.0.1:"),
				dialog.getProblem());
		assertNull(dialog.getServices());
		assertNull(TeamPreferences.server(), "nothing signed in, nothing remembered");
		assertTrue(PlatformUI.isWorkbenchRunning());
	}

	@Test
	void whatTheViewsReadAndPlanCallsWorkThroughTheServer() throws Exception {
		local.users().add("boss", "Boss", Role.MANAGER, PASSWORD.toCharArray());
		local.data().demo(60);
		Path known = dir.resolve("known-servers");
		Files.writeString(known, "127.0.0.1:" + server.port() + " " + identity.fingerprint() + "\n");
		try (Services remote = new TeamLogin(known, store.clock()).connect(uri, "boss", PASSWORD.toCharArray())) {
			// what My Queue, Contacts, the Contact Card, Campaigns and the explainer ask, as they ask it
			Instant end = store.clock().instant().plus(Duration.ofDays(1));
			assertEquals(local.queue().queueCounts(end), remote.queue().queueCounts(end));
			assertEquals(local.queue().overdueCount(), remote.queue().overdueCount());
			assertEquals(local.queue().queue(end, null, 0, 200), remote.queue().queue(end, null, 0, 200));
			assertEquals(local.contacts().count(null), remote.contacts().count(null));
			Contact first = remote.contacts().search(null, 0, 200).get(0);
			assertEquals(local.contacts().find(first.getId()).getName(), first.getName());
			assertEquals(local.contacts().events(first.getId(), 0, 50).size(),
					remote.contacts().events(first.getId(), 0, 50).size());
			assertEquals(local.contacts().outcomes(first.getId(), 0, 50).size(),
					remote.contacts().outcomes(first.getId(), 0, 50).size());
			assertEquals(local.queue().openForContact(first.getId()), remote.queue().openForContact(first.getId()));
			assertEquals(local.campaigns().list().size(), remote.campaigns().list().size());
			assertEquals(local.campaigns().progress(), remote.campaigns().progress());
			assertEquals(local.campaigns().counts(), remote.campaigns().counts());
			assertNotNull(remote.planning().explain(first.getId(), null), "the explainer's answer crosses the wire");

			// the daily run (planning/planChanges) on the server, its progress asked for while it runs
			PlanJob job = PlanJob.daily(remote);
			job.schedule();
			job.join();
			assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
			assertNotNull(job.result());
			assertNotNull(local.planning().lastRun(), "the server planned");
		}
	}
}
