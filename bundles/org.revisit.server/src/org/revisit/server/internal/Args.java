package org.revisit.server.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** The options of a server command: {@code --name value} (repeatable), {@code --flag}, and positional words. */
public final class Args {

	/** The command line is wrong; the message says how. */
	public static final class Bad extends Exception {
		private static final long serialVersionUID = 1L;

		public Bad(String message) {
			super(message);
		}
	}

	private final Map<String, List<String>> values = new LinkedHashMap<>();
	private final List<String> flags = new ArrayList<>();
	private final List<String> positional = new ArrayList<>();

	/** Parses {@code args} (from {@code from} on); only the named options and flags are allowed. */
	public static Args parse(String[] args, int from, Set<String> valueOptions, Set<String> flagOptions, String command)
			throws Bad {
		Args a = new Args();
		for (int i = from; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				a.positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String inline = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				inline = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (valueOptions.contains(name)) {
				String value = inline;
				if (value == null) {
					if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
						throw new Bad(NLS.bind(Messages.Args_needsValue, name));
					}
					value = args[++i];
				}
				a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else if (flagOptions.contains(name) && inline == null) {
				a.flags.add(name);
			} else {
				throw new Bad(NLS.bind(Messages.Args_noSuchOption, command, name));
			}
		}
		return a;
	}

	/** The value of {@code --name}, the last one if given more than once; {@code null} if not given. */
	public String value(String name) {
		List<String> v = values.get(name);
		return v == null ? null : v.get(v.size() - 1);
	}

	/** Every value of {@code --name}, commas also separating values. */
	public List<String> values(String name) {
		List<String> all = new ArrayList<>();
		for (String v : values.getOrDefault(name, List.of())) {
			for (String part : v.split(",")) {
				if (!part.isBlank()) {
					all.add(part.strip());
				}
			}
		}
		return all;
	}

	public boolean flag(String name) {
		return flags.contains(name);
	}

	public List<String> positional() {
		return positional;
	}
}
