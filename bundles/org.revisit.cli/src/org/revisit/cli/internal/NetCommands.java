package org.revisit.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.revisit.cli.internal.Cli.Command;
import org.revisit.store.Backups;
import org.revisit.store.Counts;
import org.revisit.store.FileChecks;
import org.revisit.store.NetworkServer;
import org.revisit.store.ServerCredentials;
import org.revisit.store.Store;
import org.revisit.store.StoreException;
import org.revisit.store.TaskClaims.ClaimedTask;

/** Team commands: the Network Server, claiming tasks, backup and restore. */
final class NetCommands {


	private final PrintStream out;
	private final PrintStream err;

	NetCommands(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	List<Command> commands() {
		return List.of(new Command("server", "runs, stops or pings a Derby Network Server for a team",
				"Usage: revisit cli server start|stop|status [--port N] [--host ADDR] [--data DIR] [--json]\n"
						+ "  start   serves the database of DIR (default ~/.revisit) until Ctrl-C or 'server stop'.\n"
						+ "          On first start it creates the user 'revisit' (or --user NAME) with a generated\n"
						+ "          password in DIR/" + ServerCredentials.FILE_NAME + " (readable only by you); agents\n"
						+ "          use a copy with --server HOST:PORT --password-file FILE.\n"
						+ "  stop    shuts the server down (credentials from DIR/" + ServerCredentials.FILE_NAME
						+ " or --password-file).\n"
						+ "  status  says whether a server answers.\n"
						+ "Default --host 127.0.0.1 (this machine only; 0.0.0.0 listens on the LAN), default --port "
						+ NetworkServer.DEFAULT_PORT + ".",
				Set.of("data", "port", "host"), Set.of("json", "help"), this::server),
				new Command("claim", "hands an agent the next due call task under a lease",
						"Usage: revisit cli claim --agent NAME [--lease MINUTES] [--data DIR] [--json]\n"
								+ "Claims the next due task (highest priority, then earliest due; tasks whose lease\n"
								+ "expired count as free) for NAME for MINUTES (default 30) and prints it, or says\n"
								+ "that nothing is due (with --json: {\"task\": null}). The due window is printed in the\n"
								+ "contact's zone, the lease in this computer's, both with the offset (2026-11-23T09:00+08:00);\n"
								+ "with --json in UTC, with the contact's zone.",
						Set.of("data", "agent", "lease"), Set.of("json", "help"), this::claim),
				new Command("backup", "online backup of the database into a timestamped folder",
						"Usage: revisit cli backup DIR [--data DIR] [--json]\n"
								+ "Copies the database, while it is in use, into DIR/revisit-YYYYMMDD-HHMMSS (named\n"
								+ "...HHMMSS.partial until it is finished) with a manifest of its files and checksums.\n"
								+ "With --server the folder is on the server's machine; run it there.\n"
								+ "Restore with 'revisit cli restore BACKUP_FOLDER --data DIR'.",
						Set.of("data"), Set.of("json", "help"), this::backup),
				new Command("restore", "restores a backup into a data folder",
						"Usage: revisit cli restore BACKUP_FOLDER --data DIR [--force] [--json]\n"
								+ "Makes the backup the database of DIR. An existing database there is replaced only\n"
								+ "with --force, and only if no Revisit or server process is using it. The backup must\n"
								+ "be complete (its files match its manifest) and every table of the restored copy must\n"
								+ "pass Derby's consistency check; otherwise nothing is changed.",
						Set.of("data"), Set.of("json", "help", "force"), this::restore));
	}

	private int server(Options options) throws UsageException, FailedException, IOException,
			InterruptedException {
		if (options.value("server") != null) {
			throw new UsageException("'server' takes --host and --port, not --server");
		}
		if (options.positional().size() != 1) {
			throw new UsageException("say start, stop or status (see 'revisit cli server --help')");
		}
		String host = options.value("host") != null ? options.value("host").strip() : NetworkServer.DEFAULT_HOST;
		int port = options.intValue("port", NetworkServer.DEFAULT_PORT, 1, 65535);
		return switch (options.positional().get(0)) {
		case "start" -> serverStart(options, host, port);
		case "stop" -> serverStop(options, host, port);
		case "status" -> serverStatus(options, host, port);
		default -> throw new UsageException("unknown server action '" + options.positional().get(0)
				+ "'; say start, stop or status");
		};
	}

	private int serverStart(Options options, String host, int port) throws IOException, UsageException,
			InterruptedException {
		if (options.value("password-file") != null) {
			throw new UsageException("'server start' writes its own password file; --password-file is for clients");
		}
		Path data = options.dataDirectory();
		Path file = data.resolve(ServerCredentials.FILE_NAME);
		boolean created = !Files.exists(file);
		String user = options.value("user") != null ? options.value("user").strip() : ServerCredentials.DEFAULT_USER;
		ServerCredentials credentials = ServerCredentials.loadOrCreate(file, user);
		NetworkServer server = NetworkServer.start(data, host, port, credentials);
		Thread onExit = new Thread(server::stop, "revisit-server-stop");
		Runtime.getRuntime().addShutdownHook(onExit);
		try {
			String database = server.served().directory().toString();
			String clientServer = host + ":" + port
					+ ("db".equals(server.clientDatabaseName()) ? "" : "/" + server.clientDatabaseName());
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("database", database);
				result.put("host", host);
				result.put("port", port);
				result.put("user", credentials.user());
				result.put("credentials", file.toString());
				result.put("credentialsCreated", created);
				result.put("server", clientServer);
				out.println(Json.write(result));
			} else {
				out.println("Derby Network Server serving " + database + " on " + host + ":" + port);
				if (created) {
					out.println("Created the user '" + credentials.user() + "'; its password is in " + file
							+ " (readable only by you).");
				}
				out.println("Agents connect with: revisit cli <command> --server " + clientServer
						+ " --password-file <a copy of " + file + ">");
				out.println("Stop it with Ctrl-C or: revisit cli server stop --port " + port
						+ (NetworkServer.DEFAULT_HOST.equals(host) ? "" : " --host " + host));
			}
			out.flush();
			server.awaitStopped();
		} finally {
			server.stop();
			try {
				Runtime.getRuntime().removeShutdownHook(onExit);
			} catch (IllegalStateException exiting) {
				// The JVM is already shutting down; the hook runs (or ran) anyway.
			}
		}
		if (!options.flag("json")) {
			out.println("Derby Network Server on " + host + ":" + port + " stopped");
		}
		return Cli.OK;
	}

	private int serverStop(Options options, String host, int port) throws UsageException, FailedException {
		ServerCredentials credentials = credentialsFor(options);
		boolean stopped;
		try {
			stopped = NetworkServer.shutdown(host, port, credentials);
		} catch (StoreException e) {
			String why = e.getMessage() != null && e.getMessage().contains("authentication")
					? "the user name or password was refused; give the server's credentials with --data DIR (its "
							+ "folder) or --password-file FILE"
					: e.getMessage();
			throw new StoreException("the server on " + host + ":" + port + " did not stop: " + why, e);
		}
		if (!stopped) {
			err.println("revisit server: no Derby Network Server answers on " + host + ":" + port);
			return Cli.FAILED;
		}
		if (options.flag("json")) {
			out.println(Json.write(Map.of("host", host, "port", port, "stopped", true)));
		} else {
			out.println("Stopped the Derby Network Server on " + host + ":" + port);
		}
		return Cli.OK;
	}

	private int serverStatus(Options options, String host, int port) {
		boolean running = NetworkServer.ping(host, port);
		if (options.flag("json")) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("host", host);
			result.put("port", port);
			result.put("running", running);
			out.println(Json.write(result));
		} else if (running) {
			out.println("A Derby Network Server answers on " + host + ":" + port);
		} else {
			err.println("revisit server: no Derby Network Server answers on " + host + ":" + port);
		}
		return running ? Cli.OK : Cli.FAILED;
	}

	/** Credentials to stop a server: --password-file, else the data folder's credentials file, else none. */
	private static ServerCredentials credentialsFor(Options options) throws FailedException {
		String given = options.value("password-file");
		Path file = given != null ? Path.of(given) : options.dataDirectory().resolve(ServerCredentials.FILE_NAME);
		if (given == null && !Files.exists(file)) {
			return null;
		}
		try {
			return ServerCredentials.read(file, options.value("user"));
		} catch (IOException e) {
			throw new FailedException("cannot read the password file " + file + ": " + e.getMessage());
		}
	}

	private int claim(Options options) throws UsageException {
		String agent = options.value("agent");
		if (agent == null || agent.isBlank()) {
			throw new UsageException("--agent NAME is required");
		}
		if (agent.strip().length() > 64) {
			throw new UsageException("--agent must be at most 64 characters");
		}
		int minutes = options.intValue("lease", 30, 1, 24 * 60);
		try (Store store = Cli.open(options)) {
			Optional<ClaimedTask> claimed = store.claims().claimNext(agent.strip(), options.clock().instant(),
					Duration.ofMinutes(minutes));
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("agent", agent.strip());
				result.put("task", claimed.map(NetCommands::toJson).orElse(null));
				out.println(Json.write(result));
			} else if (claimed.isEmpty()) {
				out.println("Nothing is due for " + agent.strip() + ".");
			} else {
				ClaimedTask t = claimed.get();
				// the due window is the contact's local time; the lease is the agent's, in this computer's zone
				ZoneId zone = Times.contactZone(t.contactZone());
				out.println("Task " + t.taskId() + " for " + t.leaseOwner() + ": " + t.contactName() + " (contact "
						+ t.contactId() + "), call type " + t.callType() + ", due " + Times.iso(t.dueFrom(), zone) + " to "
						+ Times.iso(t.dueTo(), zone) + ", priority " + t.priority() + ", lease until "
						+ Times.local(t.leaseExpiry()));
			}
			return Cli.OK;
		}
	}

	private static Map<String, Object> toJson(ClaimedTask t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", t.taskId());
		m.put("contactId", t.contactId());
		m.put("contactName", t.contactName());
		m.put("campaignId", t.campaignId());
		m.put("callType", t.callType());
		m.put("dueFrom", t.dueFrom().toString());
		m.put("dueTo", t.dueTo().toString());
		m.put("timeZone", Times.contactZone(t.contactZone()).getId());
		m.put("priority", t.priority());
		m.put("attempts", t.attempts());
		m.put("leaseOwner", t.leaseOwner());
		m.put("leaseExpiry", t.leaseExpiry().toString());
		return m;
	}

	private int backup(Options options) throws UsageException {
		if (options.positional().size() != 1) {
			throw new UsageException("say where to put the backup: revisit cli backup DIR");
		}
		Path dir = Path.of(options.positional().get(0)).toAbsolutePath().normalize();
		if (options.value("server") == null) {
			// Before the database is opened: a folder that cannot take the backup must cost no work.
			String why = FileChecks.whyNotWritableFolder(dir);
			if (why != null) {
				throw new StoreException("Cannot write the backup folder " + dir + ": " + why);
			}
		}
		try (Store store = Cli.open(options)) {
			long started = System.nanoTime();
			Path folder = Backups.backup(store, dir, LocalDateTime.now(options.clock().withZone(java.time.ZoneId.systemDefault())));
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("database", store.config().describe());
				result.put("backup", folder.toString());
				result.put("millis", millis);
				out.println(Json.write(result));
			} else {
				out.println("Backed up " + store.config().describe() + " into " + folder + " in " + millis + " ms");
				out.println("Restore with: revisit cli restore " + folder + " --data DIR");
			}
			return Cli.OK;
		}
	}

	private int restore(Options options) throws UsageException {
		if (options.value("server") != null) {
			throw new UsageException("'restore' works on a data folder of this machine (--data DIR), not --server");
		}
		if (options.positional().size() != 1) {
			throw new UsageException("say which backup: revisit cli restore BACKUP_FOLDER --data DIR");
		}
		if (options.value("data") == null) {
			// Restoring replaces a database: the folder is said, never assumed.
			throw new UsageException("say which data folder to restore into: --data DIR");
		}
		Path backup = Path.of(options.positional().get(0));
		Path data = options.dataDirectory();
		Path aside = Backups.restore(backup, data, options.flag("force"));
		try (Store store = Cli.open(options)) {
			Counts counts = store.counts();
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("backup", Backups.databaseIn(backup).toString());
				result.put("database", store.config().describe());
				result.put("schemaVersion", store.schemaVersion());
				result.put("contacts", counts.contacts());
				result.put("tasks", counts.tasks());
				result.put("replacedDatabaseMovedTo", aside == null ? null : aside.toString());
				out.println(Json.write(result));
			} else {
				out.println("Restored " + Backups.databaseIn(backup) + " into " + store.config().describe() + ": "
						+ counts.contacts() + " contacts, " + counts.tasks() + " call tasks");
				if (aside != null) {
					out.println("The database it replaced was moved to " + aside + " (delete it when you no longer need it)");
				}
			}
			return Cli.OK;
		}
	}
}
