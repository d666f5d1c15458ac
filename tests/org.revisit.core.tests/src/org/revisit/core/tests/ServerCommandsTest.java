package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.UserInfo;
import org.revisit.model.Contact;
import org.revisit.model.Role;
import org.revisit.remote.KnownServers;
import org.revisit.remote.RemoteServices;
import org.revisit.server.Certificates;
import org.revisit.server.ServerCommands;
import org.revisit.server.ServerFolder;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code revisit server init|start|stop|status} in this process: a data folder is made (or an old Derby Network
 * Server's folder taken over with its database), a server runs on it until it is stopped, a second one is refused,
 * and the database is closed cleanly.
 */
class ServerCommandsTest {

	@TempDir
	Path dir;

	/** What one command printed and returned. */
	private record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new ServerCommands(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), TestClock.fixed()).run(args);
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void initMakesTheDatabaseTheCertificateAndTheSecrets() throws Exception {
		Path data = dir.resolve("team");
		Run init = run("init", "--data", data.toString(), "--host", "revisit.example.com,10.0.0.5");
		assertEquals(0, init.code(), init.err());
		ServerFolder folder = new ServerFolder(data);
		String fingerprint = folder.loadIdentity().fingerprint();
		assertTrue(init.out().contains("Created the database in " + data), init.out());
		assertTrue(init.out().contains("Certificate fingerprint (SHA-256): " + fingerprint), init.out());
		assertTrue(init.out().contains("Agents connect to https://revisit.example.com:8443"), init.out());
		assertTrue(init.out().contains("Added the administrator admin with the password "), "no console: " + init.out());
		assertTrue(Files.isDirectory(data.resolve("db")));
		assertTrue(Files.exists(folder.adminSecretFile()));

		Run again = run("init", "--data", data.toString());
		assertEquals(0, again.code(), again.err());
		assertTrue(again.out().contains("Kept the database of " + data), again.out());
		assertTrue(again.out().contains("Kept the certificate"), again.out());
		assertTrue(again.out().contains("The user admin exists; kept as it is"), again.out());
		assertEquals(fingerprint, folder.loadIdentity().fingerprint(), "the agents' trust stays valid");

		assertEquals(2, run("init", "--data", data.toString(), "--cert", "x.pem").code(), "--cert needs --key");
		assertEquals(2, run("init").code(), "--data is needed");
		assertEquals(2, run("launch", "--data", data.toString()).code());
		assertEquals(2, run("start", "--data", data.toString(), "--port", "http").code());
		Run bare = run("start", "--data", dir.resolve("nothing").toString());
		assertEquals(1, bare.code());
		assertTrue(bare.err().contains("is not a Revisit server's data folder yet"), bare.err());
	}

	@Test
	void initTakesOverTheFolderOfADerbyNetworkServerWithItsDatabase() throws Exception {
		Path data = dir.resolve("team");
		Contact kept = StoreTest.contact("老客户", "先生");
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			store.contacts().insert(List.of(kept));
		}
		// what 'cli server start' of earlier versions left next to the database
		Files.writeString(data.resolve("server.credentials"), "user=revisit\npassword=old-shared-secret\n");
		Run init = run("init", "--data", data.toString());
		assertEquals(0, init.code(), init.err());
		assertTrue(init.out().contains("Kept the database of " + data), init.out());
		assertTrue(init.out().contains("served by a Derby Network Server"), init.out());
		try (Store store = Store.open(StoreConfig.embedded(data))) {
			assertEquals("老客户", store.contacts().find(kept.getId()).getName());
		}
	}

	@Test
	void aServerRunsUntilStoppedAndASecondOneIsRefused() throws Exception {
		Path data = dir.resolve("team");
		Path passwordFile = dir.resolve("admin-password");
		Files.writeString(passwordFile, "Zhang San's password\n");
		Run init = run("init", "--data", data.toString(), "--admin", "zhangsan", "--admin-password-file",
				passwordFile.toString());
		assertEquals(0, init.code(), init.err());
		assertTrue(init.out().contains("Added the administrator zhangsan with the password of --admin-password-file"),
				init.out());
		assertEquals(3, run("status", "--data", data.toString()).code(), "none runs yet");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ServerCommands server = new ServerCommands(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
				TestClock.fixed());
		CompletableFuture<Integer> running = CompletableFuture.supplyAsync(
				() -> Integer.valueOf(server.run(new String[] { "start", "--data", data.toString(), "--port", "0" })));
		try {
			JsonObject status = awaitRunning(data);
			int port = status.get("port").getAsInt();
			assertTrue(port > 0, status.toString());
			assertEquals(ProcessHandle.current().pid(), status.get("pid").getAsLong());
			assertTrue(status.get("answers").getAsBoolean(), status.toString());
			assertEquals(new ServerFolder(data).loadIdentity().fingerprint(), status.get("fingerprint").getAsString());
			String banner = out.toString(StandardCharsets.UTF_8);
			assertTrue(banner.contains("on https://127.0.0.1:" + port), banner);
			assertTrue(banner.contains("Only this machine can connect"), banner);

			KnownServers known = new KnownServers(dir.resolve("known-servers"));
			known.trust("127.0.0.1", port, status.get("fingerprint").getAsString());
			try (RemoteServices admin = RemoteServices.connect(URI.create("https://127.0.0.1:" + port), "zhangsan",
					"Zhang San's password".toCharArray(), known, TestClock.fixed(), null)) {
				assertEquals(Role.ADMIN, admin.principal().role(), "the administrator made by init logs in");
				assertEquals(List.of("zhangsan"), admin.users().list().stream().map(UserInfo::name).toList());
			}

			Run second = run("start", "--data", data.toString(), "--port", "0");
			assertEquals(1, second.code());
			assertTrue(second.err().contains("another Revisit server is running on " + data), second.err());

			Run stop = run("stop", "--data", data.toString());
			assertEquals(0, stop.code(), stop.err());
			assertTrue(stop.out().contains("Stopped the Revisit server"), stop.out());
			assertEquals(Integer.valueOf(0), running.get(30, TimeUnit.SECONDS));
		} finally {
			server.requestStop();
		}
		assertEquals(3, run("status", "--data", data.toString()).code());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Stopped; the database is closed."));
		try (Store store = Store.open(StoreConfig.embedded(data),
				database -> fail("the server did not close the database cleanly"))) {
			assertTrue(store.schemaVersion() > 0);
		}
		assertTrue(Files.readString(new ServerFolder(data).logFile()).contains("Stopping..."));
	}

	private static JsonObject awaitRunning(Path data) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			Run status = run("status", "--data", data.toString(), "--json");
			if (status.code() == 0) {
				return JsonParser.parseString(status.out()).getAsJsonObject();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the server did not start within 60 s");
	}

	/**
	 * The server's command line speaks the administrator's language: {@code --lang zh} (anywhere on the line) gives the
	 * Chinese help and errors, {@code --lang en} and no option the English ones, and the next command line is English
	 * again.
	 */
	@Test
	void theServerCommandsSpeakChineseUnderLangZh() throws Exception {
		Run english = run("--help");
		assertEquals(0, english.code());
		assertTrue(english.out().startsWith("Usage: revisit server <command> --data DIR [options]\n  init    --data DIR "),
				english.out());
		assertTrue(english.out().contains("(default 'admin'; password from FILE") && english.out().contains("and port 8443.\n"),
				english.out());
		assertEquals(english, run("--lang", "en", "--help"));

		Run help = run("--lang", "zh", "--help");
		assertEquals(0, help.code());
		assertTrue(help.out().startsWith("\u7528\u6cd5\uff1arevisit server <\u547d\u4ee4> --data \u76ee\u5f55"), help.out());
		assertTrue(help.out().contains("\u9ed8\u8ba4 'admin'") && help.out().contains("8443"), help.out());

		Run none = run("--lang", "zh");
		assertEquals(ServerCommands.USAGE, none.code());
		assertEquals(help.out(), none.err());

		Run unknown = run("frobnicate", "--lang", "zh-CN");
		assertEquals(ServerCommands.USAGE, unknown.code());
		assertEquals("revisit server\uff1a\u6ca1\u6709 'server frobnicate' \u8fd9\u4e2a\u547d\u4ee4\n"
				+ "\u8fd0\u884c 'revisit server --help' \u67e5\u770b\u547d\u4ee4\u53ca\u5176\u9009\u9879\u3002\n", unknown.err());
		Run noData = run("--lang", "zh", "status");
		assertEquals(ServerCommands.USAGE, noData.code());
		assertTrue(noData.err().startsWith("revisit server\uff1a\u9700\u8981 --data \u76ee\u5f55"), noData.err());
		Run badOption = run("init", "--bogus", "--lang", "zh");
		assertTrue(badOption.err().startsWith("revisit server\uff1a'server init' \u6ca1\u6709 --bogus \u9009\u9879\n"),
				badOption.err());
		Run badLanguage = run("--lang", "fr", "--help");
		assertEquals(ServerCommands.USAGE, badLanguage.code());
		assertEquals("revisit server: --lang 'fr': the languages are en and zh\n", badLanguage.err());

		Run englishAgain = run("frobnicate");
		assertEquals("revisit server: There is no command 'server frobnicate'\n"
				+ "Run 'revisit server --help' for the commands and their options.\n", englishAgain.err());
		Run stopped = run("--lang", "zh", "status", "--data", dir.resolve("none").toString());
		assertEquals(ServerCommands.NOT_RUNNING, stopped.code());
		assertTrue(stopped.out().contains("\u4e0a\u6ca1\u6709\u6b63\u5728\u8fd0\u884c\u7684 Revisit \u670d\u52a1\u5668"
				+ "\uff08\u5c1a\u672a\u521d\u59cb\u5316\uff1a\u8bf7\u8fd0\u884c 'revisit server init'\uff09"), stopped.out());
	}

	/**
	 * The errors of the TLS files reach the administrator in the command's language, naming the file and keeping the
	 * cause (issue 16): a key that does not belong to its certificate at {@code init}, a keystore that cannot be read
	 * or whose password file is gone at {@code start}. A refused {@code init} makes no data folder.
	 */
	@Test
	void theKeystoreAndPemErrorsSpeakChineseUnderLangZh() throws Exception {
		Path cert = dir.resolve("server-cert.pem");
		Path key = dir.resolve("server-key.pem");
		Files.writeString(cert, ServerFolder.pem(Certificates.selfSigned(List.of("localhost"), TestClock.fixed()).certificate()));
		Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(
						Certificates.selfSigned(List.of("localhost"), TestClock.fixed()).key().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n");
		Path data = dir.resolve("team");
		Run mismatch = run("--lang", "zh", "init", "--data", data.toString(), "--cert", cert.toString(), "--key",
				key.toString());
		assertEquals(ServerCommands.FAILED, mismatch.code());
		assertEquals("revisit server\uff1a" + key + " \u4e2d\u7684\u79c1\u94a5\u4e0e " + cert
				+ " \u4e2d\u7684\u8bc1\u4e66\uff08CN=localhost,O=Revisit\uff09\u4e0d\u5339\u914d\n", mismatch.err());
		assertTrue(!Files.exists(data), "nothing was made");
		Run english = run("init", "--data", data.toString(), "--cert", cert.toString(), "--key", key.toString());
		assertEquals("revisit server: The private key in " + key + " does not belong to the certificate in " + cert
				+ " (CN=localhost,O=Revisit)\n", english.err());
		Files.writeString(key, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
		Run encrypted = run("--lang", "zh", "init", "--data", data.toString(), "--cert", cert.toString(), "--key",
				key.toString());
		assertEquals("revisit server\uff1a" + key + " \u4e2d\u7684\u5bc6\u94a5\u5df2\u52a0\u5bc6\uff1b"
				+ "\u670d\u52a1\u5668\u9700\u8981\u4e0d\u5e26\u53e3\u4ee4\u7684\u5bc6\u94a5\uff08\u8bf7\u4fdd\u7ba1"
				+ "\u597d\u8be5\u6587\u4ef6\uff09\uff1aopenssl pkcs8 -in " + key + " -out server-key.pem\n", encrypted.err());
		Run badHost = run("--lang", "zh", "init", "--data", data.toString(), "--host", "not a name!");
		assertEquals("revisit server\uff1a'not a name!' \u65e2\u4e0d\u662f\u4e3b\u673a\u540d\u4e5f\u4e0d\u662f IP "
				+ "\u5730\u5740\n", badHost.err());

		assertEquals(0, run("init", "--data", data.toString(), "--host", "localhost").code());
		ServerFolder folder = new ServerFolder(data);
		Files.write(folder.keystore(), new byte[] { 0x30, 0x03, 0x02, 0x01, 0x07 });
		Run broken = run("--lang", "zh", "start", "--data", data.toString(), "--port", "0");
		assertEquals(ServerCommands.FAILED, broken.code());
		String prefix = "revisit server\uff1a\u65e0\u6cd5\u8bfb\u53d6\u5bc6\u94a5\u5e93 " + folder.keystore() + "\uff1a";
		assertTrue(broken.err().startsWith(prefix) && broken.err().length() > prefix.length() + 1
				&& broken.err().indexOf('\n') == broken.err().length() - 1, "one line with the cause: " + broken.err());
		Run brokenInEnglish = run("start", "--data", data.toString(), "--port", "0");
		assertEquals("revisit server: Cannot read the keystore " + folder.keystore() + ": "
				+ broken.err().substring(prefix.length()), brokenInEnglish.err(), "the same cause in both");
		Files.delete(folder.keystorePassword());
		Run noPassword = run("--lang", "zh", "start", "--data", data.toString(), "--port", "0");
		assertEquals("revisit server\uff1a\u5bc6\u94a5\u5e93\u7684\u5bc6\u7801\u6587\u4ef6 " + folder.keystorePassword()
				+ " \u4e0d\u5b58\u5728\n", noPassword.err());
	}
}
