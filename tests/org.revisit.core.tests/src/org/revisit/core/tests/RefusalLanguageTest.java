package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.demo.DemoData;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.remote.Json;
import org.revisit.remote.KnownServers;
import org.revisit.remote.PinnedTls;
import org.revisit.remote.Protocol;
import org.revisit.remote.Protocol.ErrorBody;
import org.revisit.remote.RemoteServices;
import org.revisit.server.ServerFolder;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Issue 16: the services' and the store's refusals in the user's language. Each refusal keeps the key of its text
 * and its arguments, so it can be said in Chinese as in English ({@link ServiceException#in}); over the team server
 * the key and the arguments travel with the server's words, and the client says the refusal in its own language:
 * an English client of a Chinese server reads English, and the same refusal reads Chinese in Chinese.
 */
class RefusalLanguageTest {

	private static final char[] PASSWORD = "long enough password".toCharArray();

	@Test
	void aRefusalOfTheServicesIsSaidInChineseFromItsReason(@TempDir Path dir) {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")).withClock(TestClock.fixed()));
				LocalServices admin = LocalServices.open(store, CallTypeRegistry.read(),
						new Principal("boss", null, Role.ADMIN))) {
			Services agent = admin.as(new Principal("wang", null, Role.AGENT));

			ServiceException forbidden = assertThrows(ServiceException.class,
					() -> agent.users().add("li", null, Role.AGENT, PASSWORD.clone()));
			assertEquals(Kind.FORBIDDEN, forbidden.kind());
			assertEquals("wang (agent) may not do this: it needs the admin role", forbidden.getMessage(),
					"English unchanged");
			assertEquals("Service_forbidden", forbidden.reason());
			assertEquals(List.of("wang", "\u0000Role_agent", "\u0000Role_admin"), forbidden.arguments());
			assertEquals("wang（坐席）无权执行此操作：需要管理员角色", forbidden.in(Locale.CHINESE));
			assertEquals(forbidden.getMessage(), forbidden.in(Locale.ENGLISH));

			ServiceException invalid = assertThrows(ServiceException.class,
					() -> admin.users().add("-li", null, Role.AGENT, PASSWORD.clone()));
			assertEquals(Kind.INVALID, invalid.kind());
			assertEquals("The user name must be 1 to 64 letters, digits and . _ @ -, starting with a letter or digit, "
					+ "not '-li'", invalid.getMessage());
			assertEquals("用户名必须由 1 到 64 个字母、数字及 . _ @ - 组成，并以字母或数字开头，而不是“-li”",
					invalid.in(Locale.CHINESE));

			ServiceException password = assertThrows(ServiceException.class,
					() -> admin.users().add("li", null, Role.AGENT, "short".toCharArray()));
			assertEquals("The password must have at least 10 characters", password.getMessage());
			assertEquals("密码至少需要 10 个字符", password.in(Locale.CHINESE));
		}
	}

	@Test
	void aRefusalOfTheStoreIsSaidInChineseToo(@TempDir Path dir) {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("data")).withClock(TestClock.fixed()));
				LocalServices admin = LocalServices.open(store, CallTypeRegistry.read(),
						new Principal("boss", null, Role.ADMIN))) {
			Script script = BuiltinScripts.read("en", DemoData.BIRTHDAY).scripts().get(0);
			admin.scripts().save(EcoreUtil.copy(script), 0);
			// someone else saved version 1 meanwhile: the store refuses, the service says so
			ServiceException stale = assertThrows(ServiceException.class,
					() -> admin.scripts().save(EcoreUtil.copy(script), 0));
			assertEquals(Kind.CONFLICT, stale.kind());
			assertEquals("Store_scriptSavedMeanwhile", stale.reason());
			String id = script.getScriptId();
			assertEquals("Script " + id + " is at version 1 now, not 0: someone else saved it meanwhile",
					stale.getMessage());
			assertEquals("脚本 " + id + " 现在是第 1 版，而不是第 0 版：其间已有他人保存", stale.in(Locale.CHINESE));
		}
	}

	@Test
	void aRefusalWithoutAReasonIsSaidAsItIs() {
		ServiceException plain = new ServiceException(Kind.INVALID, "said once");
		assertNull(plain.reason());
		assertEquals("said once", plain.in(Locale.CHINESE));
		// a client that does not know the reason (an older client) shows the server's words
		ServiceException unknown = ServiceException.received(Kind.INVALID, "服务器的话", "No_such_key", List.of("1"));
		assertEquals("服务器的话", unknown.getMessage());
		assertNull(unknown.reason());
		// a known reason is said in this client's language (English here), whatever the server said
		ServiceException known = ServiceException.received(Kind.UNAUTHENTICATED, "用户名或密码错误", "Auth_wrong",
				List.of());
		assertEquals("Wrong user name or password", known.getMessage());
		assertEquals("用户名或密码错误", known.in(Locale.CHINESE));
	}

	/**
	 * A team server whose machine speaks Chinese (a JVM of its own with {@code -Duser.language=zh}) and this
	 * English client: the server's words are Chinese, with the reason and arguments beside them; the client reads
	 * English, and the same refusal in Chinese is the server's words.
	 */
	@Test
	void anEnglishClientOfAChineseServerReadsEnglish(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("data");
		ServerFaultTest.prepare(data, 1, 1);
		String fingerprint = new ServerFolder(data).loadIdentity().fingerprint();
		try (ServerFaultTest.ServerChild child = ServerFaultTest.ServerChild.start(data, 0, dir.resolve("server.log"),
				List.of("-Duser.language=zh", "-Duser.country=CN"))) {
			URI uri = URI.create("https://127.0.0.1:" + child.port());

			// the server's own answer to a wrong password, as it is sent
			SSLContext pinned = PinnedTls.context(fingerprint);
			HttpClient http = HttpClient.newBuilder().sslContext(pinned).sslParameters(PinnedTls.parameters(pinned))
					.version(HttpClient.Version.HTTP_1_1).build();
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri.resolve(Protocol.LOGIN))
						.POST(HttpRequest.BodyPublishers.ofString(Json.toJson(new Protocol.LoginRequest("agent1",
								"wrong password"), Protocol.LoginRequest.class), StandardCharsets.UTF_8))
						.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				assertEquals(401, r.statusCode(), r.body());
				ErrorBody body = Json.fromJson(r.body(), ErrorBody.class);
				assertEquals("用户名或密码错误", body.message(), "the server speaks Chinese");
				assertEquals("Auth_wrong", body.reason());
			} finally {
				http.shutdownNow();
			}

			KnownServers known = new KnownServers(dir.resolve("known-servers"));
			known.trust("127.0.0.1", child.port(), fingerprint);
			ServiceException wrong = assertThrows(ServiceException.class, () -> RemoteServices.connect(uri, "agent1",
					"wrong password".toCharArray(), known, TestClock.fixed(), RemoteServices.Listener.NONE));
			assertEquals(Kind.UNAUTHENTICATED, wrong.kind());
			assertEquals("Wrong user name or password", wrong.getMessage(), "this client speaks English");

			try (RemoteServices agent = RemoteServices.connect(uri, "agent1", ServerFixture.PASSWORD.toCharArray(), known,
					TestClock.fixed(), RemoteServices.Listener.NONE)) {
				ServiceException forbidden = assertThrows(ServiceException.class,
						() -> agent.users().add("li", null, Role.AGENT, PASSWORD.clone()));
				assertEquals(Kind.FORBIDDEN, forbidden.kind());
				assertEquals("agent1 (agent) may not do this: it needs the admin role", forbidden.getMessage());
				assertEquals("agent1（坐席）无权执行此操作：需要管理员角色", forbidden.in(Locale.CHINESE));

				// a consequence inside a refusal travels by its key too: notes on a call the agent does not hold
				long task = agent.queue().queue(TestClock.NOW.plus(Duration.ofDays(1)), null, 0, 10).get(0).taskId();
				ServiceException notHeld = assertThrows(ServiceException.class,
						() -> agent.calls().saveNotes(task, "x"));
				assertEquals(Kind.CONFLICT, notHeld.kind());
				assertEquals("Call task " + task + " is not held by agent1; the notes were not stored",
						notHeld.getMessage());
				assertEquals("呼叫任务 " + task + " 不在 agent1 手中；备注未保存", notHeld.in(Locale.CHINESE));
			}
		}
	}

	@Test
	void aChineseClientOfAnEnglishServerReadsTheServersRefusalInChinese(@TempDir Path dir) throws Exception {
		try (ServerFixture server = ServerFixture.start(dir); RemoteServices agent = server.connect(ServerFixture.AGENT)) {
			ServiceException forbidden = assertThrows(ServiceException.class,
					() -> agent.users().add("li", null, Role.AGENT, PASSWORD.clone()));
			assertEquals("agent1 (agent) may not do this: it needs the admin role", forbidden.getMessage());
			assertEquals("Service_forbidden", forbidden.reason(), "the reason travelled");
			assertEquals(List.of("agent1", "\u0000Role_agent", "\u0000Role_admin"), forbidden.arguments());
			// what a Chinese workbench shows: the client words it from the reason (here asked in Chinese)
			assertEquals("agent1（坐席）无权执行此操作：需要管理员角色", forbidden.in(Locale.CHINESE));
			assertTrue(server.log().isEmpty() || !server.log().contains("Failed:"), server.log());
		}
	}

	/** The refusals' texts of the core, and the store's and the model's texts, with their Chinese. */
	private static final List<String> TEXTS = List.of("bundles/org.revisit.core/src/org/revisit/core/internal",
			"bundles/org.revisit.store/src/org/revisit/store/internal",
			"bundles/org.revisit.model/src/org/revisit/model/validation");

	/** The core's keys of the refusals that issue 16 words (the other core texts have tests of their own). */
	private static final Pattern REFUSAL_KEY = Pattern.compile("(Service|Server|Auth|Passwords|Users|Call|Callbacks"
			+ "|Contacts|Data|PlanRun|Queue|Reports|Scripts|Admin|Audit|Calendars)_\\w+");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

	@Test
	void everyRefusalHasAChineseTextWithTheSameArguments() throws IOException {
		Path root = Path.of("").toAbsolutePath();
		while (root != null && !Files.isDirectory(root.resolve("bundles/org.revisit.core"))) {
			root = root.getParent();
		}
		assertTrue(root != null, "the checkout was found");
		List<String> problems = new ArrayList<>();
		int keys = 0;
		for (String dir : TEXTS) {
			Properties en = load(root.resolve(dir).resolve("messages.properties"));
			Properties zh = load(root.resolve(dir).resolve("messages_zh.properties"));
			for (String key : new TreeSet<>(en.stringPropertyNames())) {
				if (dir.contains("org.revisit.core") && !REFUSAL_KEY.matcher(key).matches()) {
					continue;
				}
				keys++;
				String english = en.getProperty(key);
				String chinese = zh.getProperty(key, "");
				// a text of only arguments and punctuation ("{0} {1}") has no words to be Chinese
				boolean words = english.replaceAll("\\{\\d\\}", "").codePoints().anyMatch(Character::isLetter);
				if (words && chinese.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
					problems.add(key + " is not Chinese: " + chinese);
				}
				if (!arguments(english).equals(arguments(chinese))) {
					problems.add(key + " takes other arguments in Chinese: " + chinese);
				}
				String bound = NLS.bind(chinese, new Object[] { "A", "B", "C", "D" });
				if (bound.contains("{") || bound.contains("'") || bound.contains("<missing argument>")) {
					problems.add(key + " binds wrongly: " + bound);
				}
			}
		}
		assertTrue(keys > 200, "the texts were found: " + keys);
		assertEquals(List.of(), problems);
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(in);
		}
		return p;
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
