package org.revisit.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.FileChecks;

/** Parsed options of one command: {@code --flag}, {@code --name value} and positional arguments. */
final class Options {

	/** The options of every command that works on a team's data: which Revisit server, and who logs in. */
	static final Set<String> CONNECTION = Set.of("server", "user", "password-file");
	/** The environment variable that may hold the password for the Revisit server. */
	static final String PASSWORD_VARIABLE = "REVISIT_PASSWORD";
	/** The section on the Revisit server in docs/admin-guide.md, which messages point to. */
	static final String README_SERVER = "The Revisit server";

	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> positional = new ArrayList<>();
	private Clock clock;
	private Consumer<String> notices = line -> {
	};

	/**
	 * Parses {@code args}. {@code valued} names the options that take a value, {@code switches} the ones
	 * that don't; anything else starting with "--" is refused.
	 */
	static Options parse(String command, List<String> args, Set<String> valued, Set<String> switches)
			throws UsageException {
		Options o = new Options();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String inline = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					inline = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (valued.contains(name)) {
					if (inline == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException(NLS.bind(Messages.Options_needsValue, name, command));
						}
						inline = args.get(++i);
					}
					o.values.put(name, inline);
				} else if (switches.contains(name) && inline == null) {
					o.flags.add(name);
				} else {
					throw new UsageException(NLS.bind(Messages.Options_unknown, name, command));
				}
			} else {
				o.positional.add(arg);
			}
		}
		return o;
	}

	/** What time it is for this command (see {@link org.revisit.store.Clocks}). */
	Clock clock() {
		return clock;
	}

	Options withClock(Clock c) {
		clock = c;
		return this;
	}

	/** Today in this computer's zone, as the clock tells it. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
	}

	/** Where {@link #notice} goes: a line on standard error, while the command works. */
	void notices(Consumer<String> sink) {
		notices = sink;
	}

	/** Tells the user what a command is doing when it takes long, such as recovering a database. */
	void notice(String line) {
		notices.accept(line);
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	String value(String name) {
		return values.get(name);
	}

	List<String> positional() {
		return positional;
	}

	int intValue(String name, int defaultValue, int min, int max) throws UsageException {
		String v = values.get(name);
		if (v == null) {
			return defaultValue;
		}
		try {
			int n = Integer.parseInt(v.strip());
			if (n < min || n > max) {
				throw new UsageException(NLS.bind(Messages.Options_between, new Object[] { name, min, max, v }));
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Options_wholeNumber, name, v));
		}
	}

	/** The data folder: {@code --data DIR}, or {@code ~/.revisit}. */
	Path dataDirectory() {
		String v = values.get("data");
		return v != null ? Path.of(v).toAbsolutePath().normalize() : defaultDataDirectory();
	}

	/**
	 * The Revisit server of {@code --server https://HOST:PORT}, or {@code null} when the command works on a data
	 * folder.
	 *
	 * @throws UsageException for the old Derby Network Server form {@code HOST:PORT}, another scheme than https,
	 *             {@code --data} as well, or {@code --user}/{@code --password-file} without {@code --server}
	 */
	URI server() throws UsageException {
		String server = values.get("server");
		if (server == null) {
			if (values.containsKey("user") || values.containsKey("password-file")) {
				throw new UsageException(Messages.Options_userWithoutServer);
			}
			return null;
		}
		String given = server.strip();
		if (!given.contains("://")) {
			throw new UsageException(NLS.bind(Messages.Options_oldServerForm, Cli.shown(given), README_SERVER));
		}
		URI uri;
		try {
			uri = new URI(given);
		} catch (URISyntaxException e) {
			throw new UsageException(NLS.bind(Messages.Options_badServer, Cli.shown(given)));
		}
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
				|| uri.getQuery() != null || uri.getFragment() != null
				|| uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
			throw new UsageException(NLS.bind(Messages.Options_httpsOnly, Cli.shown(given)));
		}
		if (values.containsKey("data")) {
			throw new UsageException(Messages.Options_dataAndServer);
		}
		return uri;
	}

	/** The user of {@code --user NAME}, required with {@code --server}. */
	String user() throws UsageException {
		String user = values.get("user");
		if (user == null || user.isBlank()) {
			throw new UsageException(Messages.Options_serverNeedsUser);
		}
		return user.strip();
	}

	/**
	 * The password for {@code --server}: the first line of {@code --password-file FILE}, else the environment
	 * variable {@value #PASSWORD_VARIABLE}, else asked on the console without echo; never from the command line.
	 *
	 * @throws UsageException when there is none of the three
	 * @throws FailedException when the password file cannot be read
	 */
	char[] password(UnaryOperator<String> environment) throws UsageException, FailedException {
		return password("password-file", null, environment);
	}

	/**
	 * The password of {@code login} (null: {@code --user}, asked for only when the password is typed) from the file
	 * of the option {@code fileOption}, else the environment variable {@value #PASSWORD_VARIABLE}, else asked on the
	 * console without echo.
	 */
	char[] password(String fileOption, String login, UnaryOperator<String> environment)
			throws UsageException, FailedException {
		String file = values.get(fileOption);
		if (file != null) {
			Path path = Path.of(file).toAbsolutePath().normalize();
			try {
				String first = Files.readAllLines(path, StandardCharsets.UTF_8).stream().findFirst().orElse("");
				if (first.isEmpty()) {
					throw new FailedException(NLS.bind(Messages.Options_emptyPasswordFile, path));
				}
				return first.toCharArray();
			} catch (IOException e) {
				throw new FailedException(NLS.bind(Messages.Options_cannotReadPasswordFile, path, FileChecks.reason(e)));
			}
		}
		String variable = environment.apply(PASSWORD_VARIABLE);
		if (variable != null && !variable.isEmpty()) {
			return variable.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new UsageException(NLS.bind(Messages.Options_noPassword, fileOption, PASSWORD_VARIABLE));
		}
		char[] typed = console.readPassword(Messages.Options_passwordPrompt, login != null ? login : user());
		if (typed == null || typed.length == 0) {
			throw new UsageException(Messages.Options_noPasswordGiven);
		}
		return typed;
	}

	static Path defaultDataDirectory() {
		return Path.of(System.getProperty("user.home"), ".revisit");
	}
}
