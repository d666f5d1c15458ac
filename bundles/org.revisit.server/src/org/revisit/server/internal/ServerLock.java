package org.revisit.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a running server holds on {@code DATA/server/server.lock}, with its process id, host and port written
 * in it for {@code server stop} and {@code status}. The operating system releases the lock when the process
 * ends, however it ends, so a lock file left behind by a killed server does not block the next start.
 * <p>
 * Linux releases a process's lock on a file when the process closes <em>any</em> descriptor of that file; so a
 * process never reads a lock file it holds itself: what it holds is looked up in memory.
 * </p>
 */
public final class ServerLock implements AutoCloseable {

	/** What a lock file says about its server. */
	public record Holder(long pid, String host, int port) {
	}

	/** Another process (or server in this one) runs on the data folder. */
	public static final class Held extends Exception {

		private static final long serialVersionUID = 1L;
		private final transient Holder holder;

		Held(Holder holder) {
			super("Another Revisit server is running on this data folder"
					+ (holder == null ? "" : " (process " + holder.pid() + ", port " + holder.port() + ")"));
			this.holder = holder;
		}

		public Holder holder() {
			return holder;
		}
	}

	private static final Map<Path, ServerLock> HELD_HERE = new ConcurrentHashMap<>();

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;
	private volatile Holder holder;

	private ServerLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock of {@code file}. */
	public static ServerLock acquire(Path file) throws IOException, Held {
		Path key = file.toAbsolutePath().normalize();
		ServerLock here = HELD_HERE.get(key);
		if (here != null) {
			throw new Held(here.holder);
		}
		FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			Holder holder = read(channel);
			channel.close();
			throw new Held(holder);
		}
		ServerLock acquired = new ServerLock(key, channel, lock);
		if (HELD_HERE.putIfAbsent(key, acquired) != null) {
			acquired.close();
			throw new Held(null);
		}
		return acquired;
	}

	/** Records who holds the lock, in the file. */
	public void describe(Holder h) throws IOException {
		this.holder = h;
		byte[] text = ("pid=" + h.pid() + "\nhost=" + h.host() + "\nport=" + h.port() + "\n")
				.getBytes(StandardCharsets.UTF_8);
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(text), 0);
		channel.force(true);
	}

	/**
	 * Who holds the lock of {@code file}, if a server does: empty when no server runs (the file is missing or
	 * nobody holds its lock).
	 */
	public static Optional<Holder> holder(Path file) throws IOException {
		Path key = file.toAbsolutePath().normalize();
		ServerLock here = HELD_HERE.get(key);
		if (here != null) {
			return Optional.ofNullable(here.holder);
		}
		FileChannel channel;
		try {
			channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
		try (channel) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock != null) {
				lock.release();
				return Optional.empty();
			}
			Holder h = read(channel);
			return Optional.of(h == null ? new Holder(-1, "127.0.0.1", -1) : h);
		}
	}

	private static Holder read(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(4096, channel.size()));
		channel.read(buffer, 0);
		Properties p = new Properties();
		p.load(new java.io.StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
		try {
			return new Holder(Long.parseLong(p.getProperty("pid", "-1")), p.getProperty("host", "127.0.0.1"),
					Integer.parseInt(p.getProperty("port", "-1")));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Releases the lock; the file stays (empty), to be locked again by the next server. */
	@Override
	public void close() throws IOException {
		HELD_HERE.remove(file, this);
		try (channel) {
			if (lock.isValid()) {
				channel.truncate(0);
				lock.release();
			}
		}
	}
}
