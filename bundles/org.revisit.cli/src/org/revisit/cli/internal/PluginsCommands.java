package org.revisit.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.revisit.p2.Plugins;
import org.revisit.p2.Plugins.Plugin;

/**
 * {@code revisit cli plugins list|install|uninstall}: the plug-ins of this installation through p2, as
 * <i>Help &gt; Install New Software...</i> and <i>About &gt; Installation Details</i> do in the workbench.
 */
final class PluginsCommands {


	private final PrintStream out;

	PluginsCommands(PrintStream out) {
		this.out = out;
	}

	List<Cli.Command> commands() {
		return List.of(
				new Cli.Command("plugins list", Messages.PluginsList_summary, Messages.PluginsList_help,
						Set.of(), Set.of("json", "help"), this::list),
				new Cli.Command("plugins install", Messages.PluginsInstall_summary, Messages.PluginsInstall_help,
						Set.of(), Set.of("json", "help"), this::install),
				new Cli.Command("plugins uninstall", Messages.PluginsUninstall_summary, Messages.PluginsUninstall_help,
						Set.of(), Set.of("json", "help"), this::uninstall));
	}

	private int list(Options options) throws Exception {
		List<Plugin> plugins = Plugins.ofThisInstallation().list();
		if (options.flag("json")) {
			out.println(Json.write(Map.of("plugins", maps(plugins))));
		} else if (plugins.isEmpty()) {
			out.println(Messages.Plugins_none);
		} else {
			plugins.forEach(p -> out.println(line(p)));
		}
		return Cli.OK;
	}

	private int install(Options options) throws Exception {
		URI location = Plugins.location(one(options, Messages.Plugins_repository));
		List<Plugin> installed = Plugins.ofThisInstallation().install(location, null);
		if (options.flag("json")) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("repository", location.toString());
			result.put("installed", maps(installed));
			result.put("restartNeeded", true);
			out.println(Json.write(result));
		} else {
			installed.forEach(p -> out.println(NLS.bind(Messages.Plugins_installed, line(p))));
			out.println(Messages.Plugins_restart);
		}
		return Cli.OK;
	}

	private int uninstall(Options options) throws Exception {
		Plugin removed = Plugins.ofThisInstallation().uninstall(one(options, Messages.Plugins_id), null);
		if (options.flag("json")) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("uninstalled", maps(List.of(removed)));
			result.put("restartNeeded", true);
			out.println(Json.write(result));
		} else {
			out.println(NLS.bind(Messages.Plugins_uninstalled, line(removed)));
			out.println(Messages.Plugins_restart);
		}
		return Cli.OK;
	}

	private static String one(Options options, String what) throws UsageException {
		List<String> args = options.positional();
		if (args.size() != 1) {
			throw new UsageException(NLS.bind(args.isEmpty() ? Messages.Plugins_needs : Messages.Plugins_oneArgument, what));
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
