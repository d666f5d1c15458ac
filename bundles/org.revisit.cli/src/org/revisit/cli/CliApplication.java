package org.revisit.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.revisit.cli.internal.Cli;

/** The headless command-line application ({@code org.revisit.cli.app}). */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int code = new Cli(System.out, System.err).run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// Commands are short; the framework waits for the running one.
	}
}
