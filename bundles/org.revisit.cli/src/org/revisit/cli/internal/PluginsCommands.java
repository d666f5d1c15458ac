package org.revisit.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.revisit.p2.Plugins;
import org.revisit.p2.Plugins.Plugin;

/**
 * {@code revisit cli plugins list|install|uninstall}: the plug-ins of this installation through p2, as
 * <i>Help &gt; Install New Software...</i> and <i>About &gt; Installation Details</i> do in the workbench.
 */
final class PluginsCommands {

	private static final String RESTART = "Restart Revisit (the workbench, the server) for the change to take effect.";

	private final PrintStream out;

	PluginsCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("plugins list", "the plug-ins installed besides Revisit's own features",
						"Usage: revisit cli plugins list [--json]\n"
								+ "Lists the plug-ins (features) installed in this Revisit installation besides the\n"
								+ "product's own: id, version, name and provider.",
						Set.of(), Set.of("json", "help"), this::list),
				new Cli.Command("plugins install", "installs the plug-ins of a p2 repository (URL or folder)",
						"Usage: revisit cli plugins install URL [--json]\n"
								+ "Installs the newest version of every feature of the p2 repository at URL that is not\n"
								+ "installed yet (an https:, file: or jar:file:...zip!/ URL, or a folder or .zip on this\n"
								+ "computer), with what they require. The repository is remembered for Check for Updates.\n"
								+ "Revisit uses the new plug-ins from its next start.",
						Set.of(), Set.of("json", "help"), this::install),
				new Cli.Command("plugins uninstall", "uninstalls a plug-in by the id 'plugins list' shows",
						"Usage: revisit cli plugins uninstall ID [--json]\n"
								+ "Uninstalls the plug-in ID (a feature 'plugins list' shows). Revisit's own features\n"
								+ "cannot be uninstalled. Revisit drops it at its next start.",
						Set.of(), Set.of("json", "help"), this::uninstall));
	}

	private int list(Options options) throws Exception {
		List<Plugin> plugins = Plugins.ofThisInstallation().list();
		if (options.flag("json")) {
			out.println(Json.write(Map.of("plugins", maps(plugins))));
		} else if (plugins.isEmpty()) {
			out.println("No plug-ins are installed besides Revisit's own.");
		} else {
			plugins.forEach(p -> out.println(line(p)));
		}
		return Cli.OK;
	}

	private int install(Options options) throws Exception {
		URI location = Plugins.location(one(options, "a p2 repository's URL or folder"));
		List<Plugin> installed = Plugins.ofThisInstallation().install(location, null);
		if (options.flag("json")) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("repository", location.toString());
			result.put("installed", maps(installed));
			result.put("restartNeeded", true);
			out.println(Json.write(result));
		} else {
			installed.forEach(p -> out.println("Installed " + line(p)));
			out.println(RESTART);
		}
		return Cli.OK;
	}

	private int uninstall(Options options) throws Exception {
		Plugin removed = Plugins.ofThisInstallation().uninstall(one(options, "the id of an installed plug-in"), null);
		if (options.flag("json")) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("uninstalled", maps(List.of(removed)));
			result.put("restartNeeded", true);
			out.println(Json.write(result));
		} else {
			out.println("Uninstalled " + line(removed));
			out.println(RESTART);
		}
		return Cli.OK;
	}

	private static String one(Options options, String what) throws UsageException {
		List<String> args = options.positional();
		if (args.size() != 1) {
			throw new UsageException(args.isEmpty() ? "needs " + what : "takes one argument, " + what);
		}
		return args.get(0);
	}

	private static String line(Plugin p) {
		return String.format("%-40s %-24s %s%s", p.id(), p.version(), p.name(),
				p.provider().isEmpty() ? "" : " (" + p.provider() + ")");
	}

	private static List<Object> maps(List<Plugin> plugins) {
		List<Object> result = new ArrayList<>();
		for (Plugin p : plugins) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("id", p.id());
			m.put("version", p.version());
			m.put("name", p.name());
			m.put("provider", p.provider());
			result.add(m);
		}
		return result;
	}
}
