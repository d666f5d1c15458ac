package org.revisit.cli.internal;

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

import org.revisit.store.ServerCredentials;
import org.revisit.store.StoreConfig;
import org.revisit.store.StoreException;

/** Parsed options of one command: {@code --flag}, {@code --name value} and positional arguments. */
final class Options {

	/** The options of every command that opens the store: where a Network Server is and who logs in. */
	static final Set<String> CONNECTION = Set.of("server", "user", "password-file");
	/** The environment variable that may hold the Network Server password. */
	static final String PASSWORD_VARIABLE = "REVISIT_DB_PASSWORD";

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
							throw new UsageException("option --" + name + " of '" + command + "' needs a value");
						}
						inline = args.get(++i);
					}
					o.values.put(name, inline);
				} else if (switches.contains(name) && inline == null) {
					o.flags.add(name);
				} else {
					throw new UsageException("unknown option --" + name + " for '" + command + "' (see 'revisit cli "
							+ command + " --help')");
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
				throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + v);
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
		}
	}

	/** The data folder: {@code --data DIR}, or {@code ~/.revisit}. */
	Path dataDirectory() {
		String v = values.get("data");
		return v != null ? Path.of(v).toAbsolutePath().normalize() : defaultDataDirectory();
	}

	/**
	 * The database: with {@code --server HOST:PORT[/DATABASE]} one served by a Derby Network Server (database
	 * {@code db} unless named, user from {@code --user}, else the password file, else
	 * {@value ServerCredentials#DEFAULT_USER}; password from {@code --password-file} or the environment
	 * variable {@value #PASSWORD_VARIABLE}, never from the command line); else the embedded one of the data folder.
	 */
	StoreConfig storeConfig() throws UsageException {
		return storeConfig(System::getenv);
	}

	StoreConfig storeConfig(UnaryOperator<String> environment) throws UsageException {
		String server = values.get("server");
		String user = values.get("user");
		String passwordFile = values.get("password-file");
		if (server == null) {
			if (user != null || passwordFile != null) {
				throw new UsageException("--user and --password-file go with --server HOST:PORT");
			}
			return StoreConfig.embedded(dataDirectory()).withClock(clock);
		}
		try {
			return StoreConfig.server(server, user, passwordFile == null ? null : Path.of(passwordFile),
					environment.apply(PASSWORD_VARIABLE)).withClock(clock);
		} catch (IllegalArgumentException e) {
			if (e.getCause() instanceof java.io.IOException) {
				// a password file that cannot be read is not a wrong command line: exit 1, not 2
				throw new StoreException(e.getMessage(), e);
			}
			throw new UsageException(e.getMessage());
		}
	}

	static Path defaultDataDirectory() {
		return Path.of(System.getProperty("user.home"), ".revisit");
	}
}
