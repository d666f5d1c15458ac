package org.revisit.server;

import java.time.Clock;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.revisit.server.internal.Messages;
import org.revisit.store.Clocks;

/**
 * The headless server application {@code org.revisit.server.app}: {@code revisit server init|start|stop|status}
 * (see {@link ServerCommands}). It needs no display.
 */
public final class ServerApplication implements IApplication {

	private volatile ServerCommands commands;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Clock clock;
		try {
			clock = Clocks.application();
		} catch (IllegalArgumentException e) {
			System.err.println(NLS.bind(Messages.Server_problem, e.getMessage()));
			return Integer.valueOf(ServerCommands.USAGE);
		}
		commands = new ServerCommands(System.out, System.err, clock);
		int code = commands.run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		ServerCommands running = commands;
		if (running != null) {
			running.requestStop();
			try {
				running.awaitFinished(30_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
