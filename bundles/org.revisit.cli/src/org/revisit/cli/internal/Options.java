package org.revisit.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed options of one command: {@code --flag}, {@code --name value} and positional arguments. */
final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> positional = new ArrayList<>();

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

	static Path defaultDataDirectory() {
		return Path.of(System.getProperty("user.home"), ".revisit");
	}
}
