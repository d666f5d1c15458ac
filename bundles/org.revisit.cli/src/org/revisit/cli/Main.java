package org.revisit.cli;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.revisit.cli.internal.Cli;
import org.revisit.store.Clocks;

/**
 * The command line without OSGi, for what needs no plug-in: the help texts and {@code info}. The {@code revisit}
 * launcher runs this class on a plain class path (a JVM start instead of the whole product, well under a second);
 * every other command goes through {@link CliApplication} in the OSGi framework, where the call types contributed
 * by plug-ins are known.
 */
public final class Main {

	/** The commands that run here (besides every {@code --help}). */
	static final Set<String> PLAIN = Set.of("info"); //$NON-NLS-1$

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
		int code = new Cli(System.out, System.err, clock).run(args);
		System.out.flush();
		System.exit(code);
	}

	/**
	 * Whether a command line can run without OSGi: no command (the usage error), the overview ({@code --help},
	 * {@code -h}, {@code help}), any command's {@code --help}, and {@link #PLAIN}. The launcher script applies the
	 * same rule.
	 */
	public static boolean plain(String[] args) {
		List<String> given = new java.util.ArrayList<>(List.of(args));
		int now = given.indexOf("--now"); //$NON-NLS-1$
		if (now >= 0) {
			given.subList(now, Math.min(given.size(), now + 2)).clear();
		}
		return given.isEmpty() || given.contains("--help") || given.get(0).equals("-h") || given.get(0).equals("help") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| PLAIN.contains(given.get(0));
	}
}
