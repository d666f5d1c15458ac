package org.revisit.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The user and password of a Network Server. The server keeps them in {@code DIR/server.credentials}
 * ({@code user=...} and {@code password=...}, readable only by its owner); clients read a password file that
 * is either such a file or holds just the password on its first line.
 */
public record ServerCredentials(String user, String password) {

	/** The file name in the data folder. */
	public static final String FILE_NAME = "server.credentials";
	/** The user a server creates on first start. */
	public static final String DEFAULT_USER = "revisit";

	@Override
	public String toString() {
		return "ServerCredentials[user=" + user + "]";
	}

	/** The credentials in {@code file}; when the file has none, new ones for {@code user} written there (0600). */
	public static ServerCredentials loadOrCreate(Path file, String user) throws IOException {
		if (Files.exists(file)) {
			return read(file, null);
		}
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		ServerCredentials created = new ServerCredentials(user,
				Base64.getUrlEncoder().withoutPadding().encodeToString(random));
		Files.createDirectories(file.toAbsolutePath().getParent());
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
		} catch (FileAlreadyExistsException raced) {
			return read(file, null);
		}
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("# Revisit Network Server credentials; keep this file private.\n");
			w.write("user=" + created.user() + "\npassword=" + created.password() + "\n");
		}
		return created;
	}

	/**
	 * Reads a password file: a {@code user=}/{@code password=} file, or the password alone on the first line.
	 * {@code user} (may be null) wins over the user named in the file; the default user is {@value #DEFAULT_USER}.
	 */
	public static ServerCredentials read(Path file, String user) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Properties p = new Properties();
		try (Reader r = new StringReader(text)) {
			p.load(r);
		}
		String password = p.getProperty("password");
		if (password == null) {
			password = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("").strip();
		}
		if (password.isEmpty()) {
			throw new IOException("The password file " + file + " holds no password");
		}
		String name = user != null ? user : p.getProperty("user", DEFAULT_USER).strip();
		return new ServerCredentials(name, password.strip());
	}
}
