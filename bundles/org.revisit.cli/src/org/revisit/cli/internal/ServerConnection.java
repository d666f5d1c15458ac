package org.revisit.cli.internal;

import java.io.Console;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.Services;
import org.revisit.remote.KnownServers;
import org.revisit.remote.RemoteServices;
import org.revisit.remote.UnknownServerException;

/**
 * The command line's connection to a Revisit server: the remote services, with the servers this user trusts in
 * {@code ~/.revisit/known-servers}. A server seen for the first time is trusted only when the user, at a terminal,
 * confirms its certificate's fingerprint; without a terminal the command fails and says how to trust it.
 */
final class ServerConnection {

	private ServerConnection() {
	}

	/**
	 * Logs {@code user} in to {@code server}; while the server cannot be reached, {@code notices} gets a line at each
	 * retry.
	 *
	 * @throws FailedException for a server not trusted yet that the user did not confirm
	 */
	static Services open(URI server, String user, char[] password, Clock clock, Consumer<String> notices)
			throws FailedException {
		KnownServers known = new KnownServers(KnownServers.defaultFile());
		RemoteServices.Listener listener = (message, retryIn) -> notices.accept(message);
		try {
			return RemoteServices.connect(server, user, password, known, clock, listener);
		} catch (UnknownServerException e) {
			Console console = terminal();
			if (console == null) {
				throw new FailedException(NLS.bind(Messages.Server_trustHow, new Object[] { e.getMessage(),
						KnownServers.key(e.host(), e.port()) + " " + e.fingerprint(), known.file() })); //$NON-NLS-1$
			}
			console.printf("%s%n", e.getMessage());
			String answer = console.readLine("%s", Messages.Server_trustPrompt); //$NON-NLS-1$
			if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals("yes")) { //$NON-NLS-1$
				throw new FailedException(NLS.bind(Messages.Server_notTrusted, KnownServers.key(e.host(), e.port())));
			}
			known.trust(e.host(), e.port(), e.fingerprint());
			return RemoteServices.connect(server, user, password, known, clock, listener);
		}
	}

	/** The console when someone types at it (from Java 22 on, a console is also given for a pipe). */
	private static Console terminal() {
		Console console = System.console();
		if (console == null) {
			return null;
		}
		try {
			return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console)) ? console : null;
		} catch (ReflectiveOperationException java21) {
			return console; // Java 21 gives a console only for a terminal
		}
	}
}
