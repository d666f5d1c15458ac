package org.revisit.server;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.Authenticator;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.remote.Protocol;
import org.revisit.remote.Protocol.Ping;
import org.revisit.server.Certificates.Identity;
import org.revisit.server.internal.AdminClient;
import org.revisit.server.internal.Args;
import org.revisit.server.internal.ServerLock;
import org.revisit.server.internal.ServerLock.Holder;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * {@code revisit server init|start|stop|status}: the commands of the Revisit server application, printing English
 * to {@code out} (results) and {@code err} (problems). {@link #run} returns the exit code; {@code start} returns
 * only when the server has stopped ({@link #requestStop()}, {@code server stop}, Ctrl-C).
 */
public final class ServerCommands {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;
	/** {@code status}: no server runs on the data folder. */
	public static final int NOT_RUNNING = 3;

	/** How long {@code stop} waits for the server to let go of the data folder. */
	private static final long STOP_WAIT_MILLIS = 60_000;

	static final String USAGE_TEXT = """
			Usage: revisit server <command> --data DIR [options]
			  init    --data DIR [--admin NAME] [--admin-password-file FILE] [--host NAME]... [--cert FILE --key FILE]
			          makes DIR a Revisit server's data folder: the database (an existing one is kept: this is how a
			          folder of the old Derby Network Server mode moves to the Revisit server), the first
			          administrator (default 'admin'; password from FILE, else asked, else generated and printed),
			          and the TLS certificate: a self-signed one for the --host names and addresses agents use
			          (default this machine's name), or the PEM certificate and PKCS#8 key you bring. Prints the
			          certificate's fingerprint, which agents compare when they first connect.
			  start   --data DIR [--host ADDR] [--port N]
			          serves DIR over HTTPS until Ctrl-C or 'server stop'. Default 127.0.0.1 (this machine only;
			          0.0.0.0 listens on every network) and port %d.
			  stop    --data DIR      stops the server running on DIR (from the same machine).
			  status  --data DIR [--json]
			          says whether a server runs on DIR, where and which version (exit code 3 if none runs).
			""".formatted(Integer.valueOf(Protocol.DEFAULT_PORT));

	private final PrintStream out;
	private final PrintStream err;
	private final Clock clock;
	private final CountDownLatch stop = new CountDownLatch(1);
	private final CountDownLatch finished = new CountDownLatch(1);

	public ServerCommands(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	/** Runs the command of {@code args}; returns the exit code. */
	public int run(String[] args) {
		if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
			(args.length == 0 ? err : out).print(USAGE_TEXT);
			return args.length == 0 ? USAGE : OK;
		}
		try {
			return switch (args[0]) {
			case "init" -> init(Args.parse(args, 1, Set.of("data", "admin", "admin-password-file", "host", "cert", "key"),
					Set.of(), "server init"));
			case "start" -> start(Args.parse(args, 1, Set.of("data", "host", "port"), Set.of(), "server start"));
			case "stop" -> stop(Args.parse(args, 1, Set.of("data"), Set.of(), "server stop"));
			case "status" -> status(Args.parse(args, 1, Set.of("data"), Set.of("json"), "server status"));
			default -> throw new Args.Bad("There is no command 'server " + args[0] + "'");
			};
		} catch (Args.Bad e) {
			err.println("revisit server: " + e.getMessage());
			err.println("Run 'revisit server --help' for the commands and their options.");
			return USAGE;
		} catch (StoreException | ServiceException | IllegalArgumentException e) {
			err.println("revisit server: " + e.getMessage());
			return FAILED;
		} catch (IOException e) {
			err.println("revisit server: " + e.getMessage());
			return FAILED;
		} finally {
			finished.countDown();
		}
	}

	/** Makes a running {@code start} stop (as Ctrl-C and {@code server stop} do). */
	public void requestStop() {
		stop.countDown();
	}

	/** Waits until {@link #run} has returned (for the JVM's shutdown, after {@link #requestStop()}). */
	public boolean awaitFinished(long millis) throws InterruptedException {
		return finished.await(millis, TimeUnit.MILLISECONDS);
	}

	// ---- init

	private int init(Args a) throws Args.Bad, IOException {
		ServerFolder folder = folder(a);
		if (a.value("cert") != null ^ a.value("key") != null) {
			throw new Args.Bad("--cert and --key go together: the certificate and its private key");
		}
		Optional<Holder> running = ServerLock.holder(folder.lockFile());
		if (running.isPresent()) {
			err.println("revisit server: a server is running on " + folder.data() + " (process " + running.get().pid()
					+ "); stop it first with 'revisit server stop --data " + folder.data() + "'");
			return FAILED;
		}
		String admin = a.value("admin") == null ? "admin" : a.value("admin");
		char[] password = a.value("admin-password-file") == null ? null : readPassword(Path.of(a.value("admin-password-file")));
		Identity identity = null;
		if (a.value("cert") != null) {
			identity = Certificates.importPem(Path.of(a.value("cert")), Path.of(a.value("key")));
		}
		List<String> names = a.values("host");
		if (identity == null && !folder.hasIdentity()) {
			identity = Certificates.selfSigned(names.isEmpty() ? defaultNames() : names, clock);
		}

		boolean hadDatabase = Files.exists(folder.data().resolve(StoreConfig.DATABASE_FOLDER));
		boolean oldServer = Files.exists(folder.data().resolve("server.credentials"));
		folder.create();
		Store opened = Store.open(StoreConfig.embedded(folder.data()).withClock(clock),
				database -> out.println("Recovering the database " + database + " (it was not shut down cleanly)..."));
		// The operating-system user who owns the data folder acts as an administrator here, as on a desktop.
		try (LocalServices local = LocalServices.desktop(opened, CallTypeRegistry.read())) {
			out.println((hadDatabase ? "Kept the database of " : "Created the database in ") + folder.data()
					+ " (schema version " + opened.schemaVersion() + ")");
			if (oldServer) {
				out.println("This folder was served by a Derby Network Server: its database is now the Revisit server's."
						+ " " + folder.data().resolve("server.credentials") + " is no longer used; delete it.");
			}
			createAdministrator(local, admin, password);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		if (identity != null) {
			folder.saveIdentity(identity);
			out.println((a.value("cert") != null ? "Imported the certificate of " + a.value("cert")
					: "Made a self-signed certificate for " + String.join(", ", names.isEmpty() ? defaultNames() : names))
					+ " into " + folder.keystore());
		} else {
			identity = folder.loadIdentity();
			out.println("Kept the certificate of " + folder.keystore() + " (replace it with --cert and --key)");
		}
		folder.adminSecret();
		out.println();
		out.println("Certificate fingerprint (SHA-256): " + identity.fingerprint());
		out.println("Start the server with: revisit server start --data " + folder.data() + " --host 0.0.0.0");
		out.println("Agents connect to https://" + (names.isEmpty() ? hostName() : names.get(0)) + ":"
				+ Protocol.DEFAULT_PORT + " and are asked, the first time, to confirm the fingerprint above:");
		out.println("give it to them on paper or by a channel you trust, not by the same network connection.");
		return OK;
	}

	/**
	 * Adds the first administrator, unless a user of that name exists: with the password given, else one asked on
	 * the console (again while it breaks the rules), else a generated one that is printed once.
	 */
	private void createAdministrator(LocalServices local, String admin, char[] given) {
		if (local.users().list().stream().anyMatch(u -> u.name().equals(admin))) {
			out.println("The user " + admin + " exists; kept as it is");
			return;
		}
		if (given != null) {
			local.users().add(admin, null, Role.ADMIN, given.clone());
			out.println("Added the administrator " + admin + " with the password of --admin-password-file");
			return;
		}
		while (true) {
			char[] asked = askPassword(admin);
			if (asked == null) {
				break;
			}
			try {
				local.users().add(admin, null, Role.ADMIN, asked);
				out.println("Added the administrator " + admin);
				return;
			} catch (ServiceException e) {
				if (e.kind() != ServiceException.Kind.INVALID) {
					throw e;
				}
				err.println(e.getMessage());
			}
		}
		char[] generated = generatedPassword();
		String shown = new String(generated);
		local.users().add(admin, null, Role.ADMIN, generated);
		out.println("Added the administrator " + admin + " with the password " + shown
				+ " (shown once: note it, and change it after the first login)");
	}

	private static char[] readPassword(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || lines.get(0).isEmpty()) {
			throw new IllegalArgumentException("--admin-password-file " + file + " is empty; put the password on its first line");
		}
		return lines.get(0).toCharArray();
	}

	/** A password asked twice on the console, or {@code null} without a console. */
	static char[] askPassword(String admin) {
		Console console = System.console();
		if (console == null || !isTerminal(console)) {
			return null;
		}
		while (true) {
			char[] first = console.readPassword("Password for %s: ", admin);
			char[] second = console.readPassword("The same again: ");
			if (first == null || second == null) {
				return null;
			}
			if (Arrays.equals(first, second) && first.length > 0) {
				Arrays.fill(second, '\0');
				return first;
			}
			console.printf("The two passwords differ (or are empty); again.%n");
		}
	}

	/**
	 * Whether the console is a terminal someone types at: from Java 22 on, {@link System#console()} also answers
	 * when the input is a pipe (and {@code Console.isTerminal()} tells them apart).
	 */
	private static boolean isTerminal(Console console) {
		try {
			return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console));
		} catch (ReflectiveOperationException java21) {
			return true; // Java 21 gives a console only for a terminal
		}
	}

	/** A random password of 16 letters and digits (for an administrator when none is given). */
	static char[] generatedPassword() {
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		SecureRandom random = new SecureRandom();
		char[] p = new char[16];
		for (int i = 0; i < p.length; i++) {
			p[i] = alphabet.charAt(random.nextInt(alphabet.length()));
		}
		return p;
	}

	private static List<String> defaultNames() {
		List<String> names = new ArrayList<>();
		names.add(hostName());
		names.add("localhost");
		names.add("127.0.0.1");
		names.add("::1");
		return names;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (UnknownHostException e) {
			return "localhost";
		}
	}

	// ---- start

	private int start(Args a) throws Args.Bad, IOException {
		ServerFolder folder = folder(a);
		String host = a.value("host") == null ? "127.0.0.1" : a.value("host");
		int port = port(a.value("port"));
		if (!folder.hasIdentity()) {
			err.println("revisit server: " + folder.data() + " is not a Revisit server's data folder yet; run "
					+ "'revisit server init --data " + folder.data() + "' first");
			return FAILED;
		}
		InetAddress address;
		try {
			address = InetAddress.getByName(host);
		} catch (UnknownHostException e) {
			throw new Args.Bad("--host '" + host + "' is neither an address nor a name of this machine");
		}
		ServerLock lock;
		try {
			lock = ServerLock.acquire(folder.lockFile());
		} catch (ServerLock.Held e) {
			Holder h = e.holder();
			err.println("revisit server: another Revisit server is running on " + folder.data()
					+ (h == null ? "" : " (process " + h.pid() + ", port " + h.port() + ")")
					+ "; stop it with 'revisit server stop --data " + folder.data() + "'");
			return FAILED;
		}
		Thread hook = Thread.ofPlatform().unstarted(() -> {
			requestStop();
			try {
				awaitFinished(30_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		try (lock; ServerLog log = new ServerLog(out, folder.logFile(), clock)) {
			// The embedded database is the only one; nothing of Derby listens on a port.
			System.setProperty("derby.drda.startNetworkServer", "false");
			Identity identity = folder.loadIdentity();
			SSLContext tls = folder.serverTls();
			String secret = folder.adminSecret();
			try (Store store = Store.open(StoreConfig.embedded(folder.data()).withClock(clock),
					database -> log.info("Recovering the database " + database + " (it was not shut down cleanly)..."));
					LocalServices services = LocalServices.open(store, CallTypeRegistry.read(),
							new Principal("revisit-server", "Revisit server", Role.ADMIN))) {
				RevisitServer server;
				try {
					server = RevisitServer.builder(tls, login(store), services::as)
							.address(new InetSocketAddress(address, port)).clock(clock).log(log)
							.shutdownBy(secret, this::requestStop).start();
				} catch (BindException e) {
					err.println("revisit server: cannot listen on " + host + ":" + port + " (" + e.getMessage()
							+ "); is another program using the port? Choose another with --port");
					return FAILED;
				}
				try (server) {
					lock.describe(new Holder(ProcessHandle.current().pid(), host, server.port()));
					Runtime.getRuntime().addShutdownHook(hook);
					banner(server, address, identity, folder);
					stop.await();
					log.info("Stopping...");
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			} finally {
				log.info("Stopped; the database is closed.");
			}
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
				// the JVM is stopping: the hook is what stopped us
			}
		}
		return OK;
	}

	/** Logins checked against the users of the store, with lockouts, each written to the audit trail. */
	private static Login login(Store store) {
		return Login.of(new Authenticator(store));
	}

	private void banner(RevisitServer server, InetAddress address, Identity identity, ServerFolder folder) {
		out.println("Revisit server " + server.version() + " serves " + folder.data() + " on https://"
				+ literal(address.getHostAddress()) + ":" + server.port());
		out.println("Certificate fingerprint (SHA-256): " + identity.fingerprint());
		if (address.isLoopbackAddress()) {
			out.println("Only this machine can connect; start with --host 0.0.0.0 (or this machine's address) to serve "
					+ "the team.");
		} else {
			out.println("Agents connect to " + String.join(" or ", urls(address, server.port()))
					+ " and confirm the fingerprint above the first time.");
		}
		out.println("Stop it with Ctrl-C or 'revisit server stop --data " + folder.data() + "'.");
		out.flush();
	}

	/** The addresses agents can use: the given one, or for a wildcard this machine's name and addresses. */
	private static List<String> urls(InetAddress address, int port) {
		List<String> urls = new ArrayList<>();
		if (!address.isAnyLocalAddress()) {
			urls.add("https://" + literal(address.getHostAddress()) + ":" + port);
			return urls;
		}
		urls.add("https://" + hostName() + ":" + port);
		try {
			for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!n.isUp() || n.isLoopback()) {
					continue;
				}
				for (InetAddress a : Collections.list(n.getInetAddresses())) {
					if (!(a instanceof Inet6Address && a.isLinkLocalAddress())) {
						urls.add("https://" + literal(a.getHostAddress()) + ":" + port);
					}
				}
			}
		} catch (SocketException e) {
			// the name alone then
		}
		return urls;
	}

	/** An address as a URL has it: IPv6 in brackets, without the interface Java appends ({@code %eth0}). */
	private static String literal(String address) {
		int scope = address.indexOf('%');
		String bare = scope >= 0 ? address.substring(0, scope) : address;
		return bare.contains(":") ? "[" + bare + "]" : bare;
	}

	private static int port(String text) throws Args.Bad {
		if (text == null) {
			return Protocol.DEFAULT_PORT;
		}
		try {
			int port = Integer.parseInt(text.strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new Args.Bad("--port must be a number from 1 to 65535 (0: any free port), not '" + text + "'");
	}

	// ---- stop and status

	private int stop(Args a) throws Args.Bad, IOException {
		ServerFolder folder = folder(a);
		Optional<Holder> running = ServerLock.holder(folder.lockFile());
		if (running.isEmpty()) {
			out.println("No Revisit server is running on " + folder.data());
			return OK;
		}
		Holder h = running.get();
		try (AdminClient client = new AdminClient(adminHost(h), h.port(), folder.loadIdentity().fingerprint())) {
			client.shutdown(folder.adminSecret());
		}
		long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000;
		while (ServerLock.holder(folder.lockFile()).isPresent()) {
			if (System.nanoTime() - deadline > 0) {
				err.println("revisit server: the server (process " + h.pid() + ") did not stop within "
						+ STOP_WAIT_MILLIS / 1000 + " s");
				return FAILED;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return FAILED;
			}
		}
		out.println("Stopped the Revisit server of " + folder.data() + " (process " + h.pid() + ")");
		return OK;
	}

	private int status(Args a) throws Args.Bad, IOException {
		ServerFolder folder = folder(a);
		boolean json = a.flag("json");
		Optional<Holder> running = ServerLock.holder(folder.lockFile());
		JsonObject o = new JsonObject();
		o.addProperty("data", folder.data().toString());
		o.addProperty("running", Boolean.valueOf(running.isPresent()));
		String fingerprint = folder.hasIdentity() ? folder.loadIdentity().fingerprint() : null;
		o.addProperty("fingerprint", fingerprint);
		if (running.isEmpty()) {
			print(json, o, "No Revisit server is running on " + folder.data()
					+ (fingerprint == null ? " (not initialised: run 'revisit server init')" : ""));
			return NOT_RUNNING;
		}
		Holder h = running.get();
		o.addProperty("pid", Long.valueOf(h.pid()));
		o.addProperty("host", h.host());
		o.addProperty("port", Integer.valueOf(h.port()));
		try (AdminClient client = new AdminClient(adminHost(h), h.port(), fingerprint)) {
			Ping ping = client.ping();
			o.addProperty("version", ping.version());
			o.addProperty("answers", Boolean.TRUE);
			print(json, o, "A Revisit server " + ping.version() + " is running on " + folder.data() + ": https://"
					+ literal(h.host()) + ":" + h.port() + ", process " + h.pid() + "\nCertificate fingerprint (SHA-256): "
					+ fingerprint);
			return OK;
		} catch (ServiceException e) {
			o.addProperty("answers", Boolean.FALSE);
			o.addProperty("problem", e.getMessage());
			print(json, o, "Process " + h.pid() + " holds " + folder.data() + " but does not answer on port " + h.port()
					+ ": " + e.getMessage());
			return FAILED;
		}
	}

	private void print(boolean json, JsonObject o, String text) {
		out.println(json ? new GsonBuilder().serializeNulls().create().toJson(o) : text);
	}

	/** Where this machine reaches the server: the loopback address unless it listens on one address only. */
	private static String adminHost(Holder h) {
		try {
			InetAddress a = InetAddress.getByName(h.host());
			if (a.isAnyLocalAddress() || a.isLoopbackAddress()) {
				return a instanceof Inet6Address ? "::1" : "127.0.0.1";
			}
			return a.getHostAddress();
		} catch (UnknownHostException e) {
			return "127.0.0.1";
		}
	}

	private static ServerFolder folder(Args a) throws Args.Bad {
		String data = a.value("data");
		if (data == null || data.isBlank()) {
			throw new Args.Bad("--data DIR is needed: the server's data folder");
		}
		if (!a.positional().isEmpty()) {
			throw new Args.Bad("unexpected '" + a.positional().get(0) + "'");
		}
		return new ServerFolder(Path.of(data));
	}
}
