package org.revisit.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Principal;
import org.revisit.core.service.local.Authenticator;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.server.Login;
import org.revisit.server.RevisitServer;
import org.revisit.server.ServerFolder;
import org.revisit.server.ServerLog;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * A Revisit server in a JVM of its own, outside OSGi, for tests that kill it: {@code ServerProcess DATA PORT NOW}
 * serves the prepared data folder DATA (its users, certificate and database) on 127.0.0.1:PORT (0: any free port)
 * at the fixed time NOW, prints {@code listening PORT} once it accepts connections, and runs until it is killed or
 * its standard input closes. Without the platform's extension registry it knows no call types, so the calls it
 * serves need campaigns with stored scripts.
 */
public final class ServerProcess {

	private ServerProcess() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args[0]);
		int port = Integer.parseInt(args[1]);
		Clock clock = Clock.fixed(Instant.parse(args[2]), ZoneOffset.UTC);
		Store store = Store.open(StoreConfig.embedded(data).withClock(clock),
				database -> System.out.println("recovering " + database));
		LocalServices services = LocalServices.open(store, CallTypeRegistry.read((IExtensionRegistry) null),
				new Principal("revisit-server", "Revisit server", Role.ADMIN));
		ServerFolder folder = new ServerFolder(data);
		RevisitServer server = RevisitServer.builder(folder.serverTls(), Login.of(new Authenticator(store)), services::as)
				.address(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)).clock(clock)
				.log(ServerLog.console(System.err, clock)).version("child").start();
		System.out.println("listening " + server.port());
		System.out.flush();
		// the test closes our standard input to end us (or dies, which closes it too)
		InputStream in = System.in;
		while (in.read() >= 0) {
			// nothing to read
		}
		server.close();
		services.close();
		System.exit(0);
	}
}
