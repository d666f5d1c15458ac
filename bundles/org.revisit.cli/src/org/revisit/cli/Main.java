package org.revisit.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.revisit.cli.internal.Cli;
import org.revisit.core.calltype.InstalledBundles;
import org.revisit.store.Clocks;

/**
 * The command line without OSGi, for the commands that load no class of a plug-in: the help texts, {@code info}
 * and the everyday commands that read ({@link #PLAIN}). The {@code revisit} launcher runs this class on a plain
 * class path (a JVM start instead of the whole product); the call types these commands need (names, outcomes,
 * supervision, parameters, default scripts) are read from the installed bundles the product's
 * {@code bundles.info} lists ({@link InstalledBundles}), so a plug-in installed with p2 is seen as in the framework.
 * Every other command (planning, claiming, changing, p2) goes through {@link CliApplication} in the OSGi framework,
 * where the call types' classes can be created.
 */
public final class Main {

	/** The commands that run here (besides every {@code --help}); those of a verb only with these verbs. */
	static final Set<String> PLAIN = Set.of("info", "queue", "calltypes", "report", "export", "backups", "audit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** The commands with a verb that run here with the verbs given (the others change data). */
	static final Map<String, Set<String>> PLAIN_VERBS = Map.of("campaign", Set.of("list", "show"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"callback", Set.of("list"), "user", Set.of("list")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** The system property naming the product's installation folder (the launcher sets it). */
	static final String INSTALL_PROPERTY = "revisit.install"; //$NON-NLS-1$

	private Main() {
	}

	public static void main(String[] args) {
		if (!plain(args)) {
			System.err.println("revisit: this command needs the plug-ins; run it as 'revisit cli ...'"); //$NON-NLS-1$
			System.exit(Cli.USAGE);
		}
		Clock clock;
		try {
			clock = Clocks.application();
		} catch (IllegalArgumentException e) {
			System.err.println("revisit: " + e.getMessage()); //$NON-NLS-1$
			System.exit(Cli.USAGE);
			return;
		}
		if (needsCallTypes(args)) {
			try {
				Path home = installation();
				InstalledBundles.read(home, Locale.getDefault(), cache(home)).install();
			} catch (IOException | RuntimeException e) {
				System.err.println("revisit: cannot read the installed plug-ins: " + e.getMessage() //$NON-NLS-1$
						+ "; set REVISIT_CLI_OSGI=1 to run the command in the OSGi framework"); //$NON-NLS-1$
				System.exit(Cli.FAILED);
			}
		}
		int code = new Cli(System.out, System.err, clock).run(args);
		System.out.flush();
		System.exit(code);
	}

	/** The words of a command line without the hidden {@code --now DATETIME}. */
	private static List<String> words(String[] args) {
		List<String> given = new java.util.ArrayList<>(List.of(args));
		int now = given.indexOf("--now"); //$NON-NLS-1$
		if (now >= 0) {
			given.subList(now, Math.min(given.size(), now + 2)).clear();
		}
		return given;
	}

	/**
	 * Whether a command line can run without OSGi: no command (the usage error), the overview ({@code --help},
	 * {@code -h}, {@code help}), any command's {@code --help}, {@link #PLAIN} and {@link #PLAIN_VERBS}. The launcher
	 * script applies the same rule.
	 */
	public static boolean plain(String[] args) {
		List<String> given = words(args);
		if (given.isEmpty() || given.contains("--help") || given.get(0).equals("-h") || given.get(0).equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return true;
		}
		Set<String> verbs = PLAIN_VERBS.get(given.get(0));
		return PLAIN.contains(given.get(0)) || verbs != null && given.size() > 1 && verbs.contains(given.get(1));
	}

	/** Whether a plain command line reads the call types: not the help texts, nor {@code info}. */
	static boolean needsCallTypes(String[] args) {
		List<String> given = words(args);
		return !given.isEmpty() && !given.contains("--help") && (PLAIN.contains(given.get(0)) //$NON-NLS-1$
				|| PLAIN_VERBS.containsKey(given.get(0))) && !given.get(0).equals("info"); //$NON-NLS-1$
	}

	/**
	 * Where the bundles that matter of the installation {@code home} are remembered: the user's cache folder
	 * ({@code $XDG_CACHE_HOME/revisit}, else {@code ~/.cache/revisit}), where the launcher keeps the class archives.
	 */
	static Path cache(Path home) {
		String xdg = System.getenv("XDG_CACHE_HOME"); //$NON-NLS-1$
		Path folder = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"); //$NON-NLS-1$ //$NON-NLS-2$
		return folder.resolve("revisit").resolve("bundles-" + Integer.toHexString(home.toAbsolutePath().toString().hashCode()) + ".txt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The product's installation folder: {@value #INSTALL_PROPERTY}, else the folder above the {@code plugins}
	 * folder this class's jar is in.
	 */
	static Path installation() throws IOException {
		String property = System.getProperty(INSTALL_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		try {
			Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path plugins = jar.getParent();
			if (plugins != null && plugins.getParent() != null && Files.isDirectory(plugins)) {
				return plugins.getParent();
			}
		} catch (URISyntaxException | RuntimeException e) {
			// no location: said below
		}
		throw new IOException("the installation folder is unknown (-D" + INSTALL_PROPERTY + "=DIR)"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
