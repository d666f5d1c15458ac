package org.revisit.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.revisit.store.internal.DerbyDrivers;

/**
 * A Derby Network Server serving the database of one data folder to a team. Authentication is Derby's
 * BUILTIN kind, configured as system properties of the serving process only: the database file itself
 * stays free of users, so the same folder still opens embedded (without a password) when no server runs,
 * and a restored backup needs no password either. The server's log goes to {@code DIR/server.log}.
 */
public final class NetworkServer implements AutoCloseable {

	public static final String DEFAULT_HOST = "127.0.0.1";
	public static final int DEFAULT_PORT = 1527;

	private static final String CONTROL = "org.apache.derby.drda.NetworkServerControl";
	private static final long START_TIMEOUT_MILLIS = 20_000;

	private final Object control;
	private final StoreConfig served;
	private final String host;
	private final int port;
	private final PrintWriter log;
	private final Map<String, String> previousProperties;
	private volatile boolean stopped;
	private String clientDatabaseName;

	private NetworkServer(Object control, StoreConfig served, String host, int port, PrintWriter log,
			Map<String, String> previousProperties) {
		this.control = control;
		this.served = served;
		this.host = host;
		this.port = port;
		this.log = log;
		this.previousProperties = previousProperties;
	}

	/**
	 * Creates or migrates the database of {@code dataDirectory}, then serves it on {@code host:port} to
	 * {@code credentials}; returns once the server answers.
	 */
	public static NetworkServer start(Path dataDirectory, String host, int port, ServerCredentials credentials) {
		Path data = dataDirectory.toAbsolutePath().normalize();
		checkPortFree(host, port);
		Map<String, String> previous = new LinkedHashMap<>();
		// Before the engine boots in this process, so that even the shutdown of the server needs the password;
		// relative database names ("db") resolve against the data folder.
		setProperty(previous, "derby.system.home", data.toString());
		setProperty(previous, "derby.connection.requireAuthentication", "true");
		setProperty(previous, "derby.authentication.provider", "BUILTIN");
		setProperty(previous, "derby.user." + credentials.user(), credentials.password());
		StoreConfig served = StoreConfig.embedded(data).withCredentials(credentials.user(), credentials.password());
		PrintWriter log = null;
		try {
			Store.open(served).close();
			log = new PrintWriter(Files.newBufferedWriter(data.resolve("server.log"), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
			Object control = newControl(host, port, credentials);
			invoke(control, "start", new Class<?>[] { PrintWriter.class }, log);
			NetworkServer server = new NetworkServer(control, served, host, port, log, previous);
			long deadline = System.nanoTime() + START_TIMEOUT_MILLIS * 1_000_000L;
			while (!server.ping()) {
				if (System.nanoTime() - deadline > 0) {
					server.stop();
					throw new StoreException("The Derby Network Server on " + host + ":" + port
							+ " did not answer within " + START_TIMEOUT_MILLIS / 1000 + " s; see " + data.resolve("server.log"));
				}
				Thread.sleep(100);
			}
			server.clientDatabaseName = server.findClientDatabaseName(credentials);
			return server;
		} catch (IOException e) {
			restoreProperties(previous);
			closeQuietly(log);
			throw new StoreException("Cannot write the server log in " + data + ": " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			restoreProperties(previous);
			closeQuietly(log);
			throw new StoreException("Interrupted while starting the Derby Network Server", e);
		} catch (RuntimeException e) {
			restoreProperties(previous);
			closeQuietly(log);
			throw e;
		}
	}

	private static void checkPortFree(String host, int port) {
		try (ServerSocket probe = new ServerSocket()) {
			probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
		} catch (BindException e) {
			throw new StoreException("Port " + port + " on " + host + " is already in use (another server?); "
					+ "choose another with --port");
		} catch (IOException e) {
			throw new StoreException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The database name clients give after {@code HOST:PORT/}: {@code db}, relative to the data folder, when it
	 * names the served database (always so in a process that starts only this server), else the full path.
	 */
	public String clientDatabaseName() {
		return clientDatabaseName;
	}

	private String findClientDatabaseName(ServerCredentials credentials) {
		String relative = StoreConfig.DATABASE_FOLDER;
		StoreConfig probe = StoreConfig.network(host, port, relative, credentials.user(), credentials.password());
		try (java.sql.Connection c = DerbyDrivers.client().connect(probe.jdbcUrl(), probe.connectionProperties(false))) {
			return relative;
		} catch (java.sql.SQLException e) {
			// The engine booted earlier in this process with another system home (tests do that).
			return served.directory().toString();
		}
	}

	/** The database served, as the server process itself opens it. */
	public StoreConfig served() {
		return served;
	}

	public String host() {
		return host;
	}

	public int port() {
		return port;
	}

	/** Whether this server still answers. */
	public boolean ping() {
		// A control of its own: pings through the started control write each refusal into the server log.
		return !stopped && ping(host, port);
	}

	/** Blocks until the server no longer answers (stopped by {@link #stop()} or by {@code server stop}). */
	public void awaitStopped() throws InterruptedException {
		while (ping()) {
			Thread.sleep(500);
		}
	}

	/** Stops the server (if it still runs), shuts its database down and forgets the credentials. */
	public synchronized void stop() {
		if (stopped) {
			return;
		}
		try {
			if (ping(host, port)) {
				invoke(control, "shutdown", new Class<?>[0]);
			}
		} finally {
			stopped = true;
			shutDownDatabase();
			restoreProperties(previousProperties);
			closeQuietly(log);
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void shutDownDatabase() {
		Properties p = served.connectionProperties(false);
		try {
			DerbyDrivers.embedded().connect(served.jdbcUrl() + ";shutdown=true", p);
		} catch (java.sql.SQLException expected) {
			// 08006: shut down; XJ004: was not booted. Either way nothing is left open.
		}
	}

	/** Whether a Derby Network Server answers on {@code host:port}. */
	public static boolean ping(String host, int port) {
		try {
			return ping(newControl(host, port, null));
		} catch (StoreException e) {
			return false;
		}
	}

	/**
	 * Asks the server on {@code host:port} to shut down. Returns false if none answered. Throws if it refused
	 * (wrong credentials).
	 */
	public static boolean shutdown(String host, int port, ServerCredentials credentials) {
		Object control = newControl(host, port, credentials);
		if (!ping(control)) {
			return false;
		}
		invoke(control, "shutdown", new Class<?>[0]);
		return true;
	}

	private static boolean ping(Object control) {
		try {
			invoke(control, "ping", new Class<?>[0]);
			return true;
		} catch (StoreException e) {
			return false;
		}
	}

	private static Object newControl(String host, int port, ServerCredentials credentials) {
		try {
			Class<?> type = DerbyDrivers.loadEngineClass(CONTROL);
			InetAddress address = InetAddress.getByName(host);
			if (credentials == null) {
				return type.getConstructor(InetAddress.class, int.class).newInstance(address, port);
			}
			Constructor<?> c = type.getConstructor(InetAddress.class, int.class, String.class, String.class);
			return c.newInstance(address, port, credentials.user(), credentials.password());
		} catch (java.net.UnknownHostException e) {
			throw new StoreException("Unknown host " + host, e);
		} catch (InvocationTargetException e) {
			throw new StoreException("Cannot set up the Derby Network Server control for " + host + ":" + port + ": "
					+ e.getCause().getMessage(), e.getCause());
		} catch (ReflectiveOperationException | LinkageError e) {
			throw new StoreException("The Derby Network Server (derbynet) is not installed: " + e, e);
		}
	}

	private static Object invoke(Object control, String method, Class<?>[] types, Object... args) {
		try {
			return control.getClass().getMethod(method, types).invoke(control, args);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			throw new StoreException(String.valueOf(cause.getMessage()).strip(), cause);
		} catch (ReflectiveOperationException e) {
			throw new StoreException("The Derby Network Server has no method " + method + ": " + e, e);
		}
	}

	private static void setProperty(Map<String, String> previous, String name, String value) {
		previous.put(name, System.getProperty(name));
		System.setProperty(name, value);
	}

	private static void restoreProperties(Map<String, String> previous) {
		previous.forEach((name, value) -> {
			if (value == null) {
				System.clearProperty(name);
			} else {
				System.setProperty(name, value);
			}
		});
	}

	private static void closeQuietly(PrintWriter w) {
		if (w != null) {
			w.close();
		}
	}
}
