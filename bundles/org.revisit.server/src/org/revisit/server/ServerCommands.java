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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.eclipse.osgi.util.NLS;
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
import org.revisit.server.internal.Messages;
import org.revisit.server.internal.ServerLock;
import org.revisit.server.internal.ServerLock.Holder;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * {@code revisit server init|start|stop|status}: the commands of the Revisit server application, printing in the
 * language of {@link Messages} (the user's locale, or {@code --lang en|zh} anywhere on the command line) to {@code out} (results) and {@code err} (problems). {@link #run} returns the exit code; {@code start} returns
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

	/** The help, in the language of {@link Messages}. */
	static String usageText() {
		return NLS.bind(Messages.Server_usage, String.valueOf(Protocol.DEFAULT_PORT));
	}

	/** The option that chooses the language of one command line's messages and help (else the user's locale). */
	static final String LANG_OPTION = "--lang"; //$NON-NLS-1$

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
		List<String> given = new ArrayList<>(Arrays.asList(args));
		int lang = given.indexOf(LANG_OPTION);
		if (lang < 0) {
			return runIn(given.toArray(String[]::new));
		}
		if (lang + 1 >= given.size()) {
			err.println(NLS.bind(Messages.Server_problem, Messages.Server_noLanguage));
			finished.countDown();
			return USAGE;
		}
		Locale locale = switch (given.get(lang + 1).strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
		case "en", "en_us", "en_gb" -> Locale.ENGLISH; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "zh", "zh_cn" -> Locale.SIMPLIFIED_CHINESE; //$NON-NLS-1$ //$NON-NLS-2$
		default -> null;
		};
		if (locale == null) {
			err.println(NLS.bind(Messages.Server_problem, NLS.bind(Messages.Server_badLanguage, given.get(lang + 1))));
			finished.countDown();
			return USAGE;
		}
		given.subList(lang, lang + 2).clear();
		// The messages in that language for this command line, the user's language again afterwards (tests run many
		// command lines in one JVM). The core's messages (a store's or a service's refusal) keep the user's locale.
		Messages.use(locale);
		try {
			return runIn(given.toArray(String[]::new));
		} finally {
			Messages.use(null);
		}
	}

	private int runIn(String[] args) {
		if (args.length == 0 || Set.of("help", "--help", "-h").contains(args[0])) {
			(args.length == 0 ? err : out).print(usageText());
			return args.length == 0 ? USAGE : OK;
		}
		try {
			return switch (args[0]) {
			case "init" -> init(Args.parse(args, 1, Set.of("data", "admin", "admin-password-file", "host", "cert", "key"),
					Set.of(), "server init"));
			case "start" -> start(Args.parse(args, 1, Set.of("data", "host", "port"), Set.of(), "server start"));
			case "stop" -> stop(Args.parse(args, 1, Set.of("data"), Set.of(), "server stop"));
			case "status" -> status(Args.parse(args, 1, Set.of("data"), Set.of("json"), "server status"));
			default -> throw new Args.Bad(NLS.bind(Messages.Server_noCommand, args[0]));
			};
		} catch (Args.Bad e) {
			err.println(NLS.bind(Messages.Server_problem, e.getMessage()));
			err.println(Messages.Server_seeHelp);
			return USAGE;
		} catch (StoreException | ServiceException | IllegalArgumentException e) {
			err.println(NLS.bind(Messages.Server_problem, e.getMessage()));
			return FAILED;
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Server_problem, e.getMessage()));
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
			throw new Args.Bad(Messages.Init_certAndKey);
		}
		Optional<Holder> running = ServerLock.holder(folder.lockFile());
		if (running.isPresent()) {
			err.println(NLS.bind(Messages.Server_problem, NLS.bind(Messages.Init_running, folder.data(),
					String.valueOf(running.get().pid()))));
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
				new Store.OpenListener() {
					@Override
					public void recovering(Path database) {
						out.println(NLS.bind(Messages.Init_recovering, database));
					}

					@Override
					public void upgrading(Path database) {
						out.println(NLS.bind(Messages.Init_upgrading, database));
					}
				});
		// The operating-system user who owns the data folder acts as an administrator here, as on a desktop.
		try (LocalServices local = LocalServices.desktop(opened, CallTypeRegistry.read())) {
			out.println(NLS.bind(hadDatabase ? Messages.Init_keptDatabase : Messages.Init_createdDatabase, folder.data(),
					String.valueOf(opened.schemaVersion())));
			if (oldServer) {
				out.println(NLS.bind(Messages.Init_oldServer, folder.data().resolve("server.credentials"))); //$NON-NLS-1$
			}
			createAdministrator(local, admin, password);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
		if (identity != null) {
			folder.saveIdentity(identity);
			out.println(a.value("cert") != null ? NLS.bind(Messages.Init_imported, a.value("cert"), folder.keystore())
					: NLS.bind(Messages.Init_selfSigned, String.join(", ", names.isEmpty() ? defaultNames() : names),
							folder.keystore()));
		} else {
			identity = folder.loadIdentity();
			out.println(NLS.bind(Messages.Init_keptCertificate, folder.keystore()));
		}
		folder.adminSecret();
		out.println();
		out.println(NLS.bind(Messages.Server_fingerprint, identity.fingerprint()));
		out.println(NLS.bind(Messages.Init_startWith, folder.data()));
		out.println(NLS.bind(Messages.Init_agentsConnect, names.isEmpty() ? hostName() : names.get(0),
				String.valueOf(Protocol.DEFAULT_PORT)));
		out.println(Messages.Init_trustedChannel);
		return OK;
	}

	/**
	 * Adds the first administrator, unless a user of that name exists: with the password given, else one asked on
	 * the console (again while it breaks the rules), else a generated one that is printed once.
	 */
	private void createAdministrator(LocalServices local, String admin, char[] given) {
		if (local.users().list().stream().anyMatch(u -> u.name().equals(admin))) {
			out.println(NLS.bind(Messages.Init_userExists, admin));
			return;
		}
		if (given != null) {
			local.users().add(admin, null, Role.ADMIN, given.clone());
			out.println(NLS.bind(Messages.Init_adminFromFile, admin));
			return;
		}
		while (true) {
			char[] asked = askPassword(admin);
			if (asked == null) {
				break;
			}
			try {
				local.users().add(admin, null, Role.ADMIN, asked);
				out.println(NLS.bind(Messages.Init_adminAdded, admin));
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
		out.println(NLS.bind(Messages.Init_adminGenerated, admin, shown));
	}

	private static char[] readPassword(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty() || lines.get(0).isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Init_emptyPasswordFile, file));
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
			char[] first = console.readPassword("%s", NLS.bind(Messages.Init_askPassword, admin)); //$NON-NLS-1$
			char[] second = console.readPassword("%s", Messages.Init_askAgain); //$NON-NLS-1$
			if (first == null || second == null) {
				return null;
			}
			if (Arrays.equals(first, second) && first.length > 0) {
				Arrays.fill(second, '\0');
				return first;
			}
			console.printf("%s%n", Messages.Init_passwordsDiffer); //$NON-NLS-1$
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
			err.println(NLS.bind(Messages.Server_problem, NLS.bind(Messages.Start_notInitialised, folder.data())));
			return FAILED;
		}
		InetAddress address;
		try {
			address = InetAddress.getByName(host);
		} catch (UnknownHostException e) {
			throw new Args.Bad(NLS.bind(Messages.Start_badHost, host));
		}
		ServerLock lock;
		try {
			lock = ServerLock.acquire(folder.lockFile());
		} catch (ServerLock.Held e) {
			Holder h = e.holder();
			err.println(NLS.bind(Messages.Server_problem, h == null ? NLS.bind(Messages.Start_anotherRunning, folder.data())
					: NLS.bind(Messages.Start_anotherRunningProcess, new Object[] { folder.data(), String.valueOf(h.pid()),
							String.valueOf(h.port()) })));
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
					new Store.OpenListener() {
						@Override
						public void recovering(Path database) {
							log.info("Recovering the database " + database + " (it was not shut down cleanly)..."); //$NON-NLS-1$ //$NON-NLS-2$
						}

						@Override
						public void upgrading(Path database) {
							log.info(NLS.bind(Messages.Init_upgrading, database));
						}
					});
					LocalServices services = LocalServices.open(store, CallTypeRegistry.read(),
							new Principal("revisit-server", "Revisit server", Role.ADMIN))) {
				RevisitServer server;
				try {
					server = RevisitServer.builder(tls, login(store), services::as)
							.address(new InetSocketAddress(address, port)).clock(clock).log(log)
							.shutdownBy(secret, this::requestStop).start();
				} catch (BindException e) {
					err.println(NLS.bind(Messages.Server_problem, NLS.bind(Messages.Start_cannotListen,
							new Object[] { host, String.valueOf(port), e.getMessage() })));
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
		out.println(NLS.bind(Messages.Start_banner, new Object[] { server.version(), folder.data(),
				literal(address.getHostAddress()), String.valueOf(server.port()) }));
		out.println(NLS.bind(Messages.Server_fingerprint, identity.fingerprint()));
		if (address.isLoopbackAddress()) {
			out.println(Messages.Start_onlyThisMachine);
		} else {
			out.println(NLS.bind(Messages.Start_agentsConnect, String.join(Messages.Start_or, urls(address, server.port()))));
		}
		out.println(NLS.bind(Messages.Start_stopWith, folder.data()));
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
		throw new Args.Bad(NLS.bind(Messages.Start_badPort, text));
	}

	// ---- stop and status

	private int stop(Args a) throws Args.Bad, IOException {
		ServerFolder folder = folder(a);
		Optional<Holder> running = ServerLock.holder(folder.lockFile());
		if (running.isEmpty()) {
			out.println(NLS.bind(Messages.Stop_notRunning, folder.data()));
			return OK;
		}
		Holder h = running.get();
		try (AdminClient client = new AdminClient(adminHost(h), h.port(), folder.loadIdentity().fingerprint())) {
			client.shutdown(folder.adminSecret());
		}
		long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000;
		while (ServerLock.holder(folder.lockFile()).isPresent()) {
			if (System.nanoTime() - deadline > 0) {
				err.println(NLS.bind(Messages.Server_problem, NLS.bind(Messages.Stop_timeout, String.valueOf(h.pid()),
						String.valueOf(STOP_WAIT_MILLIS / 1000))));
				return FAILED;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return FAILED;
			}
		}
		out.println(NLS.bind(Messages.Stop_stopped, folder.data(), String.valueOf(h.pid())));
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
			print(json, o, NLS.bind(fingerprint == null ? Messages.Status_notInitialised : Messages.Stop_notRunning,
					folder.data()));
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
			print(json, o, NLS.bind(Messages.Status_running, new Object[] { ping.version(), folder.data(), literal(h.host()),
					String.valueOf(h.port()), String.valueOf(h.pid()) }) + "\n" + NLS.bind(Messages.Server_fingerprint, fingerprint));
			return OK;
		} catch (ServiceException e) {
			o.addProperty("answers", Boolean.FALSE);
			o.addProperty("problem", e.getMessage());
			print(json, o, NLS.bind(Messages.Status_noAnswer, new Object[] { String.valueOf(h.pid()), folder.data(),
					String.valueOf(h.port()), e.getMessage() }));
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
			throw new Args.Bad(Messages.Args_needsData);
		}
		if (!a.positional().isEmpty()) {
			throw new Args.Bad(NLS.bind(Messages.Args_unexpected, a.positional().get(0)));
		}
		return new ServerFolder(Path.of(data));
	}
}
