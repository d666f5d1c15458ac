package org.revisit.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
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
	/** The language --lang asked for while its command line runs, else null (the user's locale). */
	private Locale language;
	private final Clock clock;

	/**
	 * A command line whose commands read the time from {@code clock}; the hidden option {@code --now DATETIME}
	 * (tests only) moves it to that moment.
	 */
	public Cli(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
		register();
	}

	/** The commands, with their help in the language of {@link Messages}. */
	private void register() {
		add(new Command("info", Messages.Info_summary, Messages.Info_help, Set.of("data"), Set.of("json", "help"), //$NON-NLS-1$
				this::info));
		add(new Command("demo", Messages.Demo_summary, Messages.Demo_help, Set.of("data", "contacts"), //$NON-NLS-1$
				Set.of("json", "help"), this::demo));
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

	/** The option that chooses the language of one command line's messages and help (else the user's locale). */
	static final String LANG_OPTION = "--lang"; //$NON-NLS-1$

	/** The hidden option that sets the clock of one command line (for tests; see {@link Clocks}). */
	static final String NOW_OPTION = "--now";

	/** Runs one command line and returns the exit code. */
	public int run(String[] args) {
		List<String> given = new ArrayList<>(Arrays.asList(args));
		int lang = given.indexOf(LANG_OPTION);
		if (lang < 0) {
			return runIn(given);
		}
		if (lang + 1 >= given.size()) {
			err.println(Messages.Cli_noLanguage);
			return USAGE;
		}
		Locale locale = switch (given.get(lang + 1).strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
		case "en", "en_us", "en_gb" -> Locale.ENGLISH; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "zh", "zh_cn" -> Locale.SIMPLIFIED_CHINESE; //$NON-NLS-1$ //$NON-NLS-2$
		default -> null;
		};
		if (locale == null) {
			err.println(NLS.bind(Messages.Cli_badLanguage, shown(given.get(lang + 1))));
			return USAGE;
		}
		given.subList(lang, lang + 2).clear();
		// The messages and the commands' help in that language for this command line, the user's language again
		// afterwards (tests run many command lines in one JVM). Messages of the core (a reject's reason, a field's
		// problem) keep the user's locale.
		Map<String, Command> all = new LinkedHashMap<>(commands);
		Messages.use(locale);
		language = locale;
		commands.clear();
		register();
		try {
			return runIn(given);
		} finally {
			language = null;
			Messages.use(null);
			commands.clear();
			commands.putAll(all);
		}
	}

	/** The store's refusal in the language of --lang when its text is known, else as the store worded it. */
	private String worded(StoreException e) {
		String text = language == null || e.reason() == null ? null : StoreException.text(e.reason(), language);
		return text == null ? e.getMessage()
				: e.arguments().isEmpty() ? text : NLS.bind(text, e.arguments().toArray());
	}

	/** Runs a command line (without --lang). */
	private int runIn(List<String> given) {
		if (given.isEmpty()) {
			err.println(Messages.Cli_noCommand);
			return USAGE;
		}
		Clock commandClock = clock;
		String[] args = given.toArray(String[]::new);
		int now = given.indexOf(NOW_OPTION);
		if (now >= 0) {
			if (now + 1 >= given.size()) {
				err.println("revisit: " + NOW_OPTION + " needs a date and time"); //$NON-NLS-1$ //$NON-NLS-2$ a hidden option of the tests
				return USAGE;
			}
			try {
				commandClock = Clocks.startingAt(clock, Clocks.parse(given.get(now + 1), NOW_OPTION));
			} catch (IllegalArgumentException e) {
				err.println("revisit: " + e.getMessage()); //$NON-NLS-1$
				return USAGE;
			}
			given.subList(now, now + 2).clear();
			args = given.toArray(String[]::new);
			if (args.length == 0) {
				err.println(Messages.Cli_noCommand);
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
					out.println(NLS.bind(Messages.Cli_seeAlso, String.join(", ", related))); //$NON-NLS-1$
				}
				return OK;
			}
			return command.action().run(options);
		} catch (UsageException e) {
			err.println("revisit " + command.name() + ": " + oneLine(e.getMessage()));
			return USAGE;
		} catch (ServiceException e) {
			// refused (no permission, no login, locked) or not possible (not found, invalid, changed meanwhile); in the
			// language of --lang when the core's text is known (its reason), else as the services worded it
			err.println("revisit " + command.name() + ": " + oneLine(language == null ? e.getMessage() : e.in(language)));
			return FAILED;
		} catch (StoreException e) {
			err.println("revisit " + command.name() + ": " + oneLine(worded(e)));
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
			err.println(NLS.bind(Messages.Cli_unknownCommand, SafeText.echo(args[0])));
			return USAGE;
		}
		if (Arrays.asList(args).contains("--help")) {
			for (Command c : group) {
				out.println("  " + pad(c.name(), 18) + " " + c.summary()); //$NON-NLS-1$
			}
			return OK;
		}
		err.println(NLS.bind(Messages.Cli_needsOneOf, shown(args[0]),
				String.join(", ", group.stream().map(Command::name).toList()))); //$NON-NLS-1$
		return USAGE;
	}

	/** A failure for people: the message, not the exception's class. */
	static String describe(Exception e) {
		if (e instanceof java.nio.file.NoSuchFileException) {
			return NLS.bind(Messages.Cli_noSuchFile, e.getMessage());
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return NLS.bind(Messages.Cli_permissionDenied, e.getMessage());
		}
		if (e instanceof java.nio.file.FileAlreadyExistsException) {
			return NLS.bind(Messages.Cli_alreadyExists, e.getMessage());
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	private String overview() {
		StringBuilder sb = new StringBuilder();
		sb.append(Messages.Cli_overviewUsage);
		for (Command c : commands.values()) {
			sb.append("  " + pad(c.name(), 18) + " " + c.summary() + System.lineSeparator()); //$NON-NLS-1$
		}
		List<String> noData = commands.values().stream().filter(c -> !c.valued().contains("data")) //$NON-NLS-1$
				.map(Command::name).toList();
		sb.append(NLS.bind(Messages.Cli_overviewOptions, String.join(", ", noData), Options.PASSWORD_VARIABLE)); //$NON-NLS-1$
		return sb.toString();
	}

	/**
	 * {@code text} followed by spaces up to {@code width} columns of a terminal, where a Chinese character takes two
	 * (so that the columns of a table line up in both languages); {@code String.format("%-Ns")} for English text.
	 */
	static String pad(Object text, int width) {
		String s = String.valueOf(text);
		int columns = s.codePoints().map(Cli::columns).sum();
		return columns >= width ? s : s + " ".repeat(width - columns);
	}

	/** The columns {@code heading} takes in a terminal, or {@code min} if that is more: a column's width. */
	static int width(String heading, int min) {
		return Math.max(min, heading.codePoints().map(Cli::columns).sum());
	}

	/** The columns a character takes in a terminal: two for the wide characters of East Asian scripts. */
	private static int columns(int c) {
		boolean wide = c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
				|| c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
				|| c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 || c >= 0x20000 && c <= 0x3FFFD;
		return wide ? 2 : 1;
	}

	/** A label and its value on one line, the values of the lines one below the other. */
	static String labelled(String label, Object value, int width) {
		return pad(label, width) + value;
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
		return message == null ? Messages.Cli_failed : SafeText.echo(message.replaceAll("\\s*\\R\\s*", " "), -1);
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
				String shownMode = services.remote() ? Messages.Info_server : Messages.Info_embedded;
				out.println(labelled(Messages.Info_database, NLS.bind(Messages.Info_with, info.database(), shownMode), 16));
				if (services.remote()) {
					out.println(labelled(Messages.Info_serverLabel, services.describe(), 16));
				}
				out.println(labelled(Messages.Info_user, NLS.bind(Messages.Info_with, result.get("user"), result.get("role")), 16)); //$NON-NLS-1$ //$NON-NLS-2$
				out.println(labelled(Messages.Info_schemaVersion, info.schemaVersion(), 16));
				out.println(labelled(Messages.Info_contacts, counts.contacts(), 16));
				out.println(labelled(Messages.Info_campaigns, counts.campaigns(), 16));
				out.println(labelled(Messages.Info_tasks, NLS.bind(Messages.Info_tasksOpen, counts.tasks(), counts.openTasks()), 16));
			}
			return OK;
		}
	}

	private int demo(Options options) throws UsageException, FailedException {
		if (options.value("contacts") == null) {
			throw new UsageException(Messages.Demo_contactsRequired);
		}
		int n = options.intValue("contacts", 0, 0, 10_000_000);
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
				out.println(NLS.bind(Messages.Demo_added,
						new Object[] { r.added(), r.tasksCreated(), r.millis(), counts.contacts() }));
			}
			return OK;
		}
	}
}
