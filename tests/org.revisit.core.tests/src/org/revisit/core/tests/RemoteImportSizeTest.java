package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.remote.KnownServers;

/**
 * Imports over {@code --server}: a file larger than one request to the server can carry (its content travels in
 * base64, a third larger) is refused by the command line with a clear message before it is read; a file that
 * fits is imported. Locally, a file over the import's limit is refused without being read either.
 */
class RemoteImportSizeTest extends CliTestSupport {

	@TempDir
	Path dir;
	private String home;

	@BeforeEach
	void ownHome() {
		home = System.getProperty("user.home");
		System.setProperty("user.home", dir.resolve("home").toString());
	}

	@AfterEach
	void realHome() {
		System.setProperty("user.home", home);
	}

	private static Path csv(Path file, int bytes) throws Exception {
		StringBuilder text = new StringBuilder("name,mobile\n");
		for (int i = 0; text.length() < bytes; i++) {
			text.append("Client ").append(i).append(",139").append(String.format("%08d", i)).append('\n');
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static Path sparse(Path file, long bytes) throws Exception {
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(bytes);
		}
		return file;
	}

	@Test
	void aFileLargerThanTheServerTakesIsRefusedBeforeItIsRead() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir, 0, 64 * 1024)) {
			new KnownServers(KnownServers.defaultFile()).trust("127.0.0.1", f.port(), f.identity.fingerprint());
			Path password = Files.writeString(dir.resolve("password"), ServerFixture.PASSWORD + "\n");
			String server = "https://127.0.0.1:" + f.port();
			Path big = csv(dir.resolve("big.csv"), 60 * 1024);
			long contacts = f.store.counts().contacts();

			assertEquals(Cli.FAILED, run("import", "contacts", big.toString(), "--server", server, "--user",
					ServerFixture.ADMIN, "--password-file", password.toString()));
			assertTrue(err().strip().matches("revisit import: \\Q" + big + "\\E is 6[01] KB; over --server at most 4[67] KB "
					+ "per file: split it, or import on the server's machine with --data DIR"), err());
			assertEquals(contacts, f.store.counts().contacts(), "nothing stored");

			Path small = csv(dir.resolve("small.csv"), 20 * 1024);
			assertEquals(Cli.OK, run("import", "contacts", small.toString(), "--server", server, "--user",
					ServerFixture.ADMIN, "--password-file", password.toString()), err());
			assertTrue(out().contains("Stored "), out());
			assertTrue(f.store.counts().contacts() > contacts + 500, "the small file was imported");
		}
	}

	@Test
	void aHugeFileIsRefusedByItsSizeAlone() throws Exception {
		Path huge = sparse(dir.resolve("huge.csv"), 600L * 1024 * 1024);
		long start = System.nanoTime();
		assertEquals(Cli.FAILED, run("import", "contacts", huge.toString(), "--data", dir.resolve("data").toString()));
		assertEquals("revisit import: cannot import " + huge + ": it has 600.0 MB, more than 512.0 MB; split it into "
				+ "several files", err().strip());
		try (ServerFixture f = ServerFixture.start(dir)) {
			new KnownServers(KnownServers.defaultFile()).trust("127.0.0.1", f.port(), f.identity.fingerprint());
			Path password = Files.writeString(dir.resolve("password"), ServerFixture.PASSWORD + "\n");
			Path hundred = sparse(dir.resolve("hundred.csv"), 100L * 1024 * 1024);
			assertEquals(Cli.FAILED, run("import", "contacts", hundred.toString(), "--server",
					"https://127.0.0.1:" + f.port(), "--user", ServerFixture.ADMIN, "--password-file", password.toString()));
			assertTrue(err().strip().startsWith("revisit import: " + hundred + " is 100.0 MB; over --server at most 47."),
					err());
		}
		assertTrue(System.nanoTime() - start < 60_000_000_000L, "refused by the size, not after reading 700 MB");
	}
}
