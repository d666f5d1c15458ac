package org.revisit.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.core.service.AdminService;
import org.revisit.core.service.DataService.DemoReport;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.validation.SafeText;
import org.revisit.store.Clocks;
import org.revisit.store.Counts;
import org.revisit.store.StoreException;

/**
 * {@code revisit cli <command> [options]}. Results go to standard output (one JSON document with
 * {@code --json}, nothing else); failures are one line on standard error and a non-zero exit code. Every
 * command works through the {@link Services}: on a data folder of this computer the local ones (the
 * operating-system user, who owns the files, as an administrator), with {@code --server} the Revisit server's for
 * the logged-in user.
 */
public final class Cli {

	/** Exit codes. */
	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	/** What a command does with its parsed options. */
	@FunctionalInterface
	interface Action {
		int run(Options options) throws Exception;
	}

	/** A command: its name, its options, a one-line summary and its help text. */
	record Command(String name, String summary, String help, Set<String> valued, Set<String> switches,
			Action action) {
	}

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final Clock clock;

	/**
	 * A command line whose commands read the time from {@code clock}; the hidden option {@code --now DATETIME}
	 * (tests only) moves it to that moment.
	 */
	public Cli(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
		add(new Command("info", "where the database is, its schema version and what it holds",
				"Usage: revisit cli info [--data DIR | --server URL --user NAME] [--json]\n"
						+ "Prints the database location, the schema version and the counts of contacts,\n"
						+ "campaigns and call tasks.",
				Set.of("data"), Set.of("json", "help"), this::info));
		add(new Command("demo", "adds demo contacts (and the demo campaigns if there are none)",
				"Usage: revisit cli demo --contacts N [--data DIR | --server URL --user NAME] [--json]\n"
						+ "Adds N demo contacts with Chinese names, solar and lunar birthdays (some today and\n"
						+ "this week), purchases, hotline tickets, visits, trainings, complaints and promised\n"
						+ "callbacks, one demo campaign per built-in call type (once), and plans 30 days.\n"
						+ "Today is the day in China, where the demo contacts live.",
				Set.of("data", "contacts"), Set.of("json", "help"), this::demo));
		new ScriptCommands(out, err).commands().forEach(this::add);
		new TeamCommands(out).commands().forEach(this::add);
		IoCommands.commands(out, err).forEach(this::add);
		new CallTypeCommands(out).commands().forEach(this::add);
		new PlanCommands(out).commands().forEach(this::add);
		new CalendarCommands(out).commands().forEach(this::add);
		new CallbackCommands(out).commands().forEach(this::add);
		new UserCommands(out).commands().forEach(this::add);
		new AuditCommands(out).commands().forEach(this::add);
		new CampaignCommands(out).commands().forEach(this::add);
		new ReportCommands(out).commands().forEach(this::add);
		new SimulateCommands(out).commands().forEach(this::add);
		new PluginsCommands(out).commands().forEach(this::add);
		new AnswerCommands(out).commands().forEach(this::add);
	}

	private void add(Command command) {
		Command c = command;
		if (c.valued().contains("data")) {
			// Every command that works on a data folder can work on a Revisit server instead (see services).
			Set<String> valued = new HashSet<>(c.valued());
			valued.addAll(Options.CONNECTION);
			c = new Command(c.name(), c.summary(), c.help(), Set.copyOf(valued), c.switches(), c.action());
		}
		commands.put(c.name(), c);
	}

	/** The hidden option that sets the clock of one command line (for tests; see {@link Clocks}). */
	static final String NOW_OPTION = "--now";

	/** Runs one command line and returns the exit code. */
	public int run(String[] args) {
		if (args.length == 0) {
			err.println("revisit: no command given; 'revisit cli --help' lists the commands");
			return USAGE;
		}
		Clock commandClock = clock;
		List<String> given = new ArrayList<>(Arrays.asList(args));
		int now = given.indexOf(NOW_OPTION);
		if (now >= 0) {
			if (now + 1 >= given.size()) {
				err.println("revisit: " + NOW_OPTION + " needs a date and time");
				return USAGE;
			}
			try {
				commandClock = Clocks.startingAt(clock, Clocks.parse(given.get(now + 1), NOW_OPTION));
			} catch (IllegalArgumentException e) {
				err.println("revisit: " + e.getMessage());
				return USAGE;
			}
			given.subList(now, now + 2).clear();
			args = given.toArray(String[]::new);
			if (args.length == 0) {
				err.println("revisit: no command given; 'revisit cli --help' lists the commands");
				return USAGE;
			}
		}
		if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			out.print(overview());
			return OK;
		}
		// two-word commands ("import script") before one-word ones
		Command command = args.length > 1 ? commands.get(args[0] + " " + args[1]) : null;
		int words = command != null ? 2 : 1;
		if (command == null) {
			command = commands.get(args[0]);
		}
		if (command == null) {
			return group(args);
		}
		List<String> rest = Arrays.asList(args).subList(words, args.length);
		try {
			Options options = Options.parse(command.name(), rest, command.valued(), command.switches())
					.withClock(commandClock);
			String name = command.name();
			options.notices(line -> err.println("revisit " + name + ": " + line));
			if (options.flag("help")) {
				out.println(command.help());
				String first = name.split(" ")[0] + " ";
				List<String> related = commands.keySet().stream().filter(n -> !n.equals(name) && n.startsWith(first))
						.toList();
				if (!related.isEmpty()) {
					out.println("See also: " + String.join(", ", related));
				}
				return OK;
			}
			return command.action().run(options);
		} catch (UsageException e) {
			err.println("revisit " + command.name() + ": " + oneLine(e.getMessage()));
			return USAGE;
		} catch (ServiceException e) {
			// refused (no permission, no login, locked) or not possible (not found, invalid, changed meanwhile)
			err.println("revisit " + command.name() + ": " + oneLine(e.getMessage()));
			return FAILED;
		} catch (StoreException e) {
			err.println("revisit " + command.name() + ": " + oneLine(e.getMessage()));
			return FAILED;
		} catch (Exception e) {
			err.println("revisit " + command.name() + ": " + oneLine(describe(e)));
			return FAILED;
		}
	}

	/** {@code import --help} and the like: the first word of two-word commands lists them. */
	private int group(String[] args) {
		List<Command> group = commands.values().stream().filter(c -> c.name().startsWith(args[0] + " ")).toList();
		if (group.isEmpty()) {
			err.println("revisit: unknown command '" + SafeText.echo(args[0]) + "'; 'revisit cli --help' lists the commands");
			return USAGE;
		}
		if (Arrays.asList(args).contains("--help")) {
			for (Command c : group) {
				out.println(String.format("  %-18s %s", c.name(), c.summary()));
			}
			return OK;
		}
		err.println("revisit: '" + args[0] + "' needs one of: "
				+ String.join(", ", group.stream().map(Command::name).toList()));
		return USAGE;
	}

	/** A failure for people: the message, not the exception's class. */
	static String describe(Exception e) {
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such file: " + e.getMessage();
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied: " + e.getMessage();
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException) {
			return "already exists: " + e.getMessage();
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private String overview() {
		StringBuilder sb = new StringBuilder();
		sb.append("Usage: revisit cli <command> [options]\n\nCommands:\n");
		for (Command c : commands.values()) {
			sb.append(String.format("  %-18s %s%n", c.name(), c.summary()));
		}
		List<String> noData = commands.values().stream().filter(c -> !c.valued().contains("data"))
				.map(Command::name).toList();
		sb.append("\nOptions:\n");
		sb.append("  --data DIR       the data folder (default ~/.revisit); every command but "
				+ String.join(", ", noData) + " takes it\n");
		sb.append("  --server https://HOST:PORT --user NAME [--password-file FILE]\n"
				+ "                   a Revisit server instead of a data folder, for the commands that take\n"
				+ "                   --data (not restore, bench import, bench plan or script validate); the\n"
				+ "                   password comes from the file's first line, else $" + Options.PASSWORD_VARIABLE + ", else the\n"
				+ "                   console asks\n"
				+ "  --json           one JSON document on standard output, for commands that print results\n"
				+ "  --help           what a command does and its options\n"
				+ "\nExit code: 0 if the command was done, 1 if it could not be done (no such contact, a file\n"
				+ "that cannot be read or whose content is wrong...), 2 if the command line is wrong (an\n"
				+ "unknown command or option, a missing or malformed argument); the reason is one line on\n"
				+ "standard error.\n");
		return sb.toString();
	}

	/**
	 * Text a user gave, as an error message may echo it: at most 80 characters, control characters escaped, so a
	 * message stays one readable line.
	 */
	static String shown(String text) {
		return SafeText.echo(text, 80);
	}

	/**
	 * A message on one line: line breaks become spaces, and control characters that came with the input (an ESC
	 * would drive the terminal) are shown as escapes.
	 */
	static String oneLine(String message) {
		return message == null ? "failed" : SafeText.echo(message.replaceAll("\\s*\\R\\s*", " "), -1);
	}

	/**
	 * The services the command works through: with {@code --server} the Revisit server's ({@link #openRemote}),
	 * else the local ones on the embedded database of {@code --data DIR} (default {@code ~/.revisit}), for the
	 * operating-system user as an administrator. Opening an embedded database after a crash can take minutes
	 * (Derby recovers it); the command says so first.
	 */
	static Services services(Options options) throws UsageException, FailedException {
		if (options.server() != null) {
			return openRemote(options);
		}
		return local(options);
	}

	/** The services on the data folder of {@code --data} (default ~/.revisit), for the operating-system user. */
	static Services local(Options options) {
		return EmbeddedData.open(options);
	}

	/**
	 * The services of the Revisit server of {@code --server https://HOST:PORT}, logged in as {@code --user} with
	 * the password of {@link Options#password}; see {@link ServerConnection}.
	 */
	static Services openRemote(Options options) throws UsageException, FailedException {
		URI server = options.server();
		String user = options.user();
		char[] password = options.password(System::getenv);
		try {
			return ServerConnection.open(server, user, password, options.clock(), options::notice);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private int info(Options options) throws UsageException, FailedException {
		try (Services services = services(options)) {
			AdminService.Info info = services.admin().info();
			Counts counts = info.counts();
			String mode = services.remote() ? "server" : "embedded";
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("database", info.database());
			result.put("mode", mode);
			result.put("server", services.remote() ? services.describe() : null);
			result.put("user", services.principal().user());
			result.put("role", services.principal().role().getLiteral().toLowerCase());
			result.put("schemaVersion", info.schemaVersion());
			result.put("contacts", counts.contacts());
			result.put("campaigns", counts.campaigns());
			result.put("tasks", counts.tasks());
			result.put("openTasks", counts.openTasks());
			if (options.flag("json")) {
				out.println(Json.write(result));
			} else {
				out.println("Database:       " + info.database() + " (" + mode + ")");
				if (services.remote()) {
					out.println("Server:         " + services.describe());
				}
				out.println("User:           " + result.get("user") + " (" + result.get("role") + ")");
				out.println("Schema version: " + info.schemaVersion());
				out.println("Contacts:       " + counts.contacts());
				out.println("Campaigns:      " + counts.campaigns());
				out.println("Call tasks:     " + counts.tasks() + " (" + counts.openTasks() + " open)");
			}
			return OK;
		}
	}

	private int demo(Options options) throws UsageException, FailedException {
		if (options.value("contacts") == null) {
			throw new UsageException("--contacts N is required");
		}
		int n = options.intValue("contacts", 0, 0, 5_000_000);
		try (Services services = services(options)) {
			DemoReport r = services.data().demo(n);
			Counts counts = r.counts();
			if (options.flag("json")) {
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("added", r.added());
				result.put("tasksCreated", r.tasksCreated());
				result.put("contacts", counts.contacts());
				result.put("campaigns", counts.campaigns());
				result.put("tasks", counts.tasks());
				result.put("millis", r.millis());
				out.println(Json.write(result));
			} else {
				out.println("Added " + r.added() + " demo contacts and " + r.tasksCreated() + " birthday calls in "
						+ r.millis() + " ms; the database now holds " + counts.contacts() + " contacts.");
			}
			return OK;
		}
	}
}
