package org.revisit.cli;

import java.time.Clock;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.revisit.cli.internal.Cli;
import org.revisit.store.Clocks;

/** The headless command-line application ({@code org.revisit.cli.app}). */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Clock clock;
		try {
			clock = Clocks.application();
		} catch (IllegalArgumentException e) {
			System.err.println("revisit: " + e.getMessage());
			return Integer.valueOf(Cli.USAGE);
		}
		int code = new Cli(System.out, System.err, clock).run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// Commands are short; the framework waits for the running one.
	}
}
