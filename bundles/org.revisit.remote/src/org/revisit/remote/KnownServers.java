package org.revisit.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.service.ServiceException;
import org.revisit.remote.internal.Messages;

/**
 * The servers this client trusts, like SSH's {@code known_hosts}: a text file (the caller chooses it, usually
 * {@code ~/.revisit/known-servers}) with one line per server, {@code HOST:PORT FINGERPRINT}, where the
 * fingerprint is the SHA-256 of the server's certificate as colon-separated hex ({@code AB:CD:...}). Lines
 * starting with {@code #} are comments. The file is read on every check, so removing a line takes effect at the
 * next connection.
 */
public final class KnownServers {

	private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){31}");

	private final Path file;

	public KnownServers(Path file) {
		this.file = file.toAbsolutePath();
	}

	/** The usual file of a user: {@code ~/.revisit/known-servers}. */
	public static Path defaultFile() {
		return Path.of(System.getProperty("user.home"), ".revisit", "known-servers");
	}

	public Path file() {
		return file;
	}

	/** The SHA-256 fingerprint of a certificate: 32 bytes as upper-case hex pairs joined by colons. */
	public static String fingerprint(Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("Cannot take the fingerprint of a certificate: " + e.getMessage(), e);
		}
	}

	/** How a server is named in the file and in messages: {@code host:port}, an IPv6 address in brackets. */
	public static String key(String host, int port) {
		String h = host.toLowerCase(Locale.ROOT);
		if (h.startsWith("[") && h.endsWith("]")) {
			h = h.substring(1, h.length() - 1);
		}
		return (h.contains(":") ? "[" + h + "]" : h) + ":" + port;
	}

	/** The fingerprint remembered for the server, or {@code null} if it is not known. */
	public synchronized String fingerprint(String host, int port) {
		String key = key(host, port);
		for (Entry e : read()) {
			if (e.key.equals(key)) {
				return e.fingerprint;
			}
		}
		return null;
	}

	/**
	 * Why the server may not be trusted with a certificate of this fingerprint: {@code null} if it is the one
	 * remembered, an {@link UnknownServerException} if none is, a {@link ChangedCertificateException} if another is.
	 */
	public ServiceException check(String host, int port, String fingerprint) {
		String known = fingerprint(host, port);
		if (known == null) {
			return new UnknownServerException(host, port, fingerprint);
		}
		return known.equals(fingerprint) ? null : new ChangedCertificateException(host, port, known, fingerprint, file);
	}

	/**
	 * Remembers {@code fingerprint} for the server (after the user compared it), replacing what was remembered.
	 *
	 * @throws IllegalArgumentException if the fingerprint is not 32 hex pairs
	 * @throws ServiceException if the file cannot be written
	 */
	public synchronized void trust(String host, int port, String fingerprint) {
		String normal = fingerprint == null ? "" : fingerprint.strip().toUpperCase(Locale.ROOT);
		if (!FINGERPRINT.matcher(normal).matches()) {
			throw new IllegalArgumentException("A SHA-256 fingerprint is 32 hex pairs joined by colons, not '"
					+ fingerprint + "'");
		}
		String key = key(host, port);
		List<String> lines = new ArrayList<>();
		boolean replaced = false;
		for (String line : lines()) {
			Entry e = parse(line, 0);
			if (e != null && e.key.equals(key)) {
				if (!replaced) {
					lines.add(key + " " + normal);
					replaced = true;
				}
			} else {
				lines.add(line);
			}
		}
		if (!replaced) {
			if (lines.isEmpty()) {
				lines.add("# Revisit servers this computer trusts: HOST:PORT SHA-256-FINGERPRINT of the certificate.");
			}
			lines.add(key + " " + normal);
		}
		write(lines);
	}

	/** Forgets the server; true if it was known. */
	public synchronized boolean forget(String host, int port) {
		String key = key(host, port);
		List<String> kept = new ArrayList<>();
		boolean found = false;
		for (String line : lines()) {
			Entry e = parse(line, 0);
			if (e != null && e.key.equals(key)) {
				found = true;
			} else {
				kept.add(line);
			}
		}
		if (found) {
			write(kept);
		}
		return found;
	}

	private record Entry(String key, String fingerprint) {
	}

	private List<Entry> read() {
		List<Entry> entries = new ArrayList<>();
		List<String> lines = lines();
		for (int i = 0; i < lines.size(); i++) {
			Entry e = parse(lines.get(i), i + 1);
			if (e != null) {
				entries.add(e);
			}
		}
		return entries;
	}

	/** The entry of a line, {@code null} for a comment or blank line; a malformed line is an error if numbered. */
	private Entry parse(String line, int number) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#")) {
			return null;
		}
		String[] parts = text.split("\\s+");
		int colon = parts[0].lastIndexOf(':');
		boolean good = parts.length == 2 && colon > 0 && FINGERPRINT.matcher(parts[1].toUpperCase(Locale.ROOT)).matches();
		if (good) {
			try {
				int port = Integer.parseInt(parts[0].substring(colon + 1));
				return new Entry(key(parts[0].substring(0, colon), port), parts[1].toUpperCase(Locale.ROOT));
			} catch (NumberFormatException e) {
				good = false;
			}
		}
		if (number > 0) {
			throw new ServiceException(ServiceException.Kind.INVALID,
					NLS.bind(Messages.Remote_badKnownServersLine, Integer.valueOf(number), file));
		}
		return null;
	}

	private List<String> lines() {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return List.of();
		} catch (IOException e) {
			throw new ServiceException(ServiceException.Kind.FAILED,
					NLS.bind(Messages.Remote_cannotReadKnownServers, file, e.getMessage()), e);
		}
	}

	private void write(List<String> lines) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
			try {
				Files.write(temp, lines, StandardCharsets.UTF_8);
				try {
					Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				} catch (AtomicMoveNotSupportedException e) {
					Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
				}
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException e) {
			throw new ServiceException(ServiceException.Kind.FAILED,
					NLS.bind(Messages.Remote_cannotWriteKnownServers, file, e.getMessage()), e);
		}
	}
}
