package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.model.CallOutcome;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.PathEntry;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.remote.Json;
import org.revisit.remote.KnownServers;
import org.revisit.remote.Protocol;
import org.revisit.remote.RemoteServices;
import org.revisit.server.Certificates;
import org.revisit.server.RevisitServer;
import org.revisit.server.ServerFolder;
import org.revisit.server.ServerLog;
import org.revisit.server.internal.Failures;
import org.revisit.server.internal.Reply;
import org.revisit.store.AuditRecord;
import org.revisit.store.StaleDataException;
import org.revisit.store.StoreException;
import org.revisit.store.TaskClaims.ClaimedTask;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Revisit server over real HTTPS on a loopback port: logins and sessions, calls through the remote services,
 * how refusals come back, what the transport refuses by itself (unknown operations, bad arguments, large bodies,
 * plain HTTP), and that a repeated call runs once.
 */
class RevisitServerTest {

	@TempDir
	Path dir;

	@Test
	void aLoginGivesATokenThatLogoutEndsAndTwelveIdleHoursExpire() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			HttpResponse<String> wrong = f.post(Protocol.LOGIN, "{\"user\":\"agent1\",\"password\":\"guess\"}", null, null);
			assertEquals(401, wrong.statusCode());
			assertEquals("UNAUTHENTICATED", ServerFixture.json(wrong).get("kind").getAsString());

			HttpResponse<String> ok = f.post(Protocol.LOGIN,
					"{\"user\":\"agent1\",\"password\":\"" + ServerFixture.PASSWORD + "\"}", null, null);
			assertEquals(200, ok.statusCode(), ok.body());
			JsonObject login = ServerFixture.json(ok);
			String token = login.get("token").getAsString();
			assertEquals(32, Base64.getUrlDecoder().decode(token).length, "256 random bits");
			assertEquals("agent1", login.get("user").getAsString());
			assertEquals("AGENT", login.get("role").getAsString());
			assertEquals(TestClock.NOW.toString(), login.get("serverTime").getAsString());
			assertEquals(Protocol.DEFAULT_MAX_BODY, login.get("maxBody").getAsLong());
			assertNotEquals(token, f.token(ServerFixture.AGENT), "every login gets a token of its own");

			String list = Protocol.CALL + "campaigns/list";
			assertEquals(200, f.post(list, "[]", token, null).statusCode());
			assertEquals(401, f.post(list, "[]", null, null).statusCode(), "no token");
			assertEquals(401, f.post(list, "[]", token + "x", null).statusCode(), "a token nobody got");
			assertEquals(200, f.post(Protocol.LOGOUT, "null", token, null).statusCode());
			HttpResponse<String> after = f.post(list, "[]", token, null);
			assertEquals(401, after.statusCode(), "logged out");
			assertTrue(ServerFixture.json(after).get("message").getAsString().contains("log in again"));

			String idle = f.token(ServerFixture.AGENT);
			f.clock.advance(Duration.ofHours(11).plusMinutes(59));
			assertEquals(200, f.post(list, "[]", idle, null).statusCode(), "used within 12 hours");
			f.clock.advance(Duration.ofHours(11).plusMinutes(59));
			assertEquals(200, f.post(list, "[]", idle, null).statusCode(), "each use starts the 12 hours again");
			f.clock.advance(Duration.ofHours(12).plusSeconds(1));
			assertEquals(401, f.post(list, "[]", idle, null).statusCode(), "12 hours without use");
			assertTrue(f.log().contains("Login of agent1 (agent) from 127.0.0.1"), f.log());
			List<AuditRecord> logins = f.store.audit().find(null, null, "agent1", "LOGIN", 0, 10);
			assertEquals(3, logins.size(), "the authenticator audits every login");
			assertEquals("127.0.0.1", logins.get(0).from());
			assertEquals(1, f.store.audit().find(null, null, "agent1", "LOGIN_FAILED", 0, 10).size());
		}
	}

	@Test
	void callsTravelThroughTheRemoteServicesAndComeBackTyped() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			Campaign campaign = RevisitFactory.eINSTANCE.createCampaign();
			campaign.setName("生日问候");
			campaign.setCallTypeId("birthday");
			campaign.setActive(true);
			campaign.setActiveFrom(LocalDate.of(2026, 1, 1));
			f.store.campaigns().insert(List.of(campaign));
			CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				assertTrue(agent.remote());
				assertEquals(Role.AGENT, agent.principal().role());
				assertEquals("AGENT1", agent.principal().displayName());
				assertTrue(agent.describe().contains("https://127.0.0.1:" + f.port()), agent.describe());
				List<Campaign> campaigns = agent.campaigns().list();
				assertEquals(1, campaigns.size());
				assertEquals("生日问候", campaigns.get(0).getName());
				assertEquals(LocalDate.of(2026, 1, 1), campaigns.get(0).getActiveFrom());
				ClaimedTask claimed = agent.queue().claim(task.getId());
				assertEquals("agent1", claimed.leaseOwner(), "the logged-in user claims");
				assertEquals(TestClock.NOW.plus(Duration.ofMinutes(30)), claimed.leaseExpiry(), "on the server's clock");
				assertEquals("agent1", f.services.queue().task(task.getId()).leaseOwner(), "stored on the server");
				Contact contact = agent.contacts().find(task.getContact().getId());
				assertEquals("客户0", contact.getName());
				assertNull(agent.contacts().find(999_999), "null travels back as null");
				assertEquals(1, agent.queue().queueCounts(TestClock.NOW.plus(Duration.ofDays(1))).values().stream()
						.mapToLong(Long::longValue).sum());

				int sessions = f.server.sessions();
				f.clock.advance(RevisitServer.SESSION_IDLE.plusMinutes(1));
				assertEquals(1, agent.campaigns().list().size(), "an expired session is renewed by logging in again");
				assertEquals(sessions, f.server.sessions(), "the expired session is dropped when the new one is made");
				assertEquals(2, f.log().split("Login of agent1", -1).length - 1, f.log());
			}
			assertTrue(f.unreachable.isEmpty(), f.unreachable.toString());
		}
	}

	@Test
	void aLargerAnswerIsNotHeldBackByNaglesAlgorithm() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				agent.queue().claim(task.getId());
				long[] nanos = new long[31];
				for (int i = -10; i < nanos.length; i++) { // the first ten warm up
					long start = System.nanoTime();
					agent.calls().open(task.getId(), "zh"); // some 7 KB: the script, the holidays
					if (i >= 0) {
						nanos[i] = System.nanoTime() - start;
					}
				}
				java.util.Arrays.sort(nanos);
				// with Nagle's algorithm on the server, the body waited for the client's delayed ACK: 40 ms or more
				assertTrue(nanos[15] < 35_000_000, "median " + nanos[15] / 1_000_000 + " ms");
				assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
			}
		}
	}

	@Test
	void aWholeCallRunsThroughTheServer() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
			Instant monday = LocalDate.of(2027, 3, 1).atTime(9, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				agent.queue().claim(task.getId());
				CallSession call = CallSession.open(agent.calls(), task.getId(), "en", f.clock);
				assertEquals("org.revisit.script.birthday.en", call.script().getScriptId());
				assertEquals("客户0", call.contact().getName());
				call.answer(call.runner().answerFor("yes"), Map.of(), null);
				call.answer(call.runner().answerFor("not convenient"), Map.of(), monday);
				call.notes("在开会");
				CallOutcome outcome = call.finish();
				CallOutcome stored = f.store.outcomes().find(outcome.getId());
				assertEquals("agent1", stored.getAgent(), "the logged-in user made the call");
				assertEquals(ScriptRunner.CALLBACK, stored.getDispositionCode());
				assertEquals("在开会", stored.getNotes());
				assertEquals(List.of("yes", "not convenient"),
						stored.getPath().stream().map(PathEntry::getAnswerLabel).toList());
				assertEquals(monday, f.services.callbacks().openPromisesOf(task.getContact().getId()).get(0).dueAt());
			}
		}
	}

	@Test
	void refusalsComeBackAsServiceExceptionsOfTheirKind() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
			try (RemoteServices agent = f.connect(ServerFixture.AGENT); RemoteServices admin = f.connect(ServerFixture.ADMIN)) {
				assertKind(Kind.FORBIDDEN, () -> agent.planning().plan(LocalDate.of(2026, 11, 23), 7));
				assertKind(Kind.FORBIDDEN, () -> agent.queue().reassign(task.getId(), null));
				assertKind(Kind.NOT_FOUND, () -> admin.queue().reassign(task.getId(), "nobody"));
				ServiceException invalid = assertKind(Kind.INVALID, () -> admin.planning().plan(LocalDate.of(2026, 11, 23), 0));
				assertTrue(invalid.getMessage().contains("days must be"), invalid.getMessage());

				Contact contact = admin.contacts().find(task.getContact().getId());
				Contact stale = admin.contacts().find(task.getContact().getId());
				contact.setPosition("经理");
				admin.contacts().update(contact);
				stale.setPosition("总监");
				assertKind(Kind.CONFLICT, () -> admin.contacts().update(stale));
				assertEquals("经理", f.services.contacts().find(contact.getId()).getPosition(), "the first change stays");
			}
		}
	}

	private static ServiceException assertKind(Kind kind, Runnable call) {
		ServiceException e = assertThrows(ServiceException.class, call::run);
		assertEquals(kind, e.kind(), e.getMessage());
		return e;
	}

	@Test
	void theServerMapsExceptionsAndKeepsStackTracesToItself() throws Exception {
		ByteArrayOutputStreamLog log = new ByteArrayOutputStreamLog();
		assertEquals(409, Failures.reply(new StaleDataException("Contact 4 was changed"), "x", log.log).status());
		assertEquals(400, Failures.reply(new StoreException("the name is too long"), "x", log.log).status());
		assertEquals(400, Failures.reply(new IllegalArgumentException("days must be 1 to 90"), "x", log.log).status());
		assertEquals(423, Failures.reply(new ServiceException(Kind.LOCKED, "locked until 10:15"), "x", log.log).status());
		assertEquals(503, Failures.reply(new ServiceException(Kind.BUSY, "planning"), "x", log.log).status());
		assertEquals("", log.text(), "refusals are not failures of the server");
		Reply failed = Failures.reply(new NullPointerException("secret detail"), "contacts.update by li", log.log);
		assertEquals(500, failed.status());
		JsonObject body = JsonParser.parseString(failed.json()).getAsJsonObject();
		assertEquals("FAILED", body.get("kind").getAsString());
		assertFalse(failed.json().contains("secret detail") || failed.json().contains("NullPointer"), failed.json());
		String reference = body.get("message").getAsString().replaceAll(".* ", "");
		assertTrue(log.text().contains("contacts.update by li [" + reference + "]"), log.text());
		assertTrue(log.text().contains("java.lang.NullPointerException: secret detail"), "the stack trace is logged");
	}

	/** A server log into a string. */
	private static final class ByteArrayOutputStreamLog {
		final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		final ServerLog log = ServerLog.console(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8),
				TestClock.fixed());

		String text() {
			return bytes.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	void onlyTheOperationsOfTheServicesCanBeCalledWithArgumentsOfTheirTypes() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			String token = f.token(ServerFixture.AGENT);
			assertError(f.post(Protocol.CALL + "nothing/list", "[]", token, null), 404, "NOT_FOUND", "no service 'nothing'");
			assertError(f.post(Protocol.CALL + "campaigns/drop", "[]", token, null), 404, "NOT_FOUND", "no operation 'drop'");
			for (String notAnOperation : List.of("campaigns/toString", "campaigns/getClass", "campaigns/hashCode",
					"close/x", "principal/user", "queue/wait")) {
				assertEquals(404, f.post(Protocol.CALL + notAnOperation, "[]", token, null).statusCode(), notAnOperation);
			}
			assertEquals(404, f.post(Protocol.CALL + "campaigns/list/more", "[]", token, null).statusCode());
			assertEquals(404, f.post("/api/v2/anything", "[]", token, null).statusCode());
			assertError(f.post(Protocol.CALL + "queue/claim", "[]", token, null), 400, "INVALID",
					"queue.claim takes 1 argument, not 0");
			assertError(f.post(Protocol.CALL + "queue/claim", "[1, 2]", token, null), 400, "INVALID", "not 2");
			assertError(f.post(Protocol.CALL + "queue/claim", "[\"seven\"]", token, null), 400, "INVALID",
					"argument 1 of queue.claim");
			assertError(f.post(Protocol.CALL + "queue/claim", "[null]", token, null), 400, "INVALID", "is missing");
			assertError(f.post(Protocol.CALL + "queue/claim", "{\"taskId\": 7}", token, null), 400, "INVALID",
					"are a JSON array");
			assertError(f.post(Protocol.CALL + "queue/claim", "[7", token, null), 400, "INVALID", "");
			assertError(f.post(Protocol.CALL + "contacts/update", "[{\"$type\":\"Contact\",\"shoe\":1}]", token, null),
					400, "INVALID", "has no field 'shoe'");
			HttpResponse<String> get = f.http.send(HttpRequest.newBuilder(f.uri().resolve(Protocol.CALL + "campaigns/list"))
					.GET().build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(405, get.statusCode());
			HttpResponse<String> ping = f.http.send(HttpRequest.newBuilder(f.uri().resolve(Protocol.PING)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, ping.statusCode());
			assertEquals("test", ServerFixture.json(ping).get("version").getAsString(), "ping needs no login");
		}
	}

	private static void assertError(HttpResponse<String> r, int status, String kind, String message) {
		assertEquals(status, r.statusCode(), r.body());
		JsonObject body = ServerFixture.json(r);
		assertEquals(kind, body.get("kind").getAsString(), r.body());
		assertTrue(body.get("message").getAsString().contains(message), r.body());
		assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(null));
	}

	@Test
	void aBodyLargerThanTheLimitIsRefusedWith413() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir, 0, 4096)) {
			String token = f.token(ServerFixture.AGENT);
			String big = "[\"" + "x".repeat(8000) + "\"]";
			assertError(f.post(Protocol.CALL + "contacts/count", big, token, null), 413, "INVALID",
					"larger than the server accepts (4 KB)");
			HttpResponse<String> chunked = f.http.send(HttpRequest.newBuilder(f.uri().resolve(Protocol.CALL + "contacts/count"))
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofInputStream(
							() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(413, chunked.statusCode(), "a body without its length is counted as it comes");
			assertEquals(200, f.post(Protocol.CALL + "contacts/count", "[\"x\"]", token, null).statusCode(),
					"a small body after a refused one");
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				ServiceException e = assertKind(Kind.INVALID, () -> agent.contacts().count("x".repeat(8000)));
				assertEquals("The request is 8 KB; the server takes at most 4 KB at once", e.getMessage(),
						"the client knows the server's limit from the login and does not send more");
				assertTrue(f.unreachable.isEmpty(), f.unreachable.toString());
			}
		}
	}

	@Test
	void plainHttpToTheHttpsPortIsNotServed() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			try (Socket s = new Socket(InetAddress.getLoopbackAddress(), f.port())) {
				s.setSoTimeout(5000);
				OutputStream out = s.getOutputStream();
				out.write(("GET " + Protocol.PING + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				byte[] answer = readSome(s.getInputStream());
				String text = new String(answer, StandardCharsets.ISO_8859_1);
				assertFalse(text.contains("HTTP/1.") || text.contains("Revisit"), "not served: " + text);
			}
			HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(
					URI.create("http://127.0.0.1:" + f.port() + Protocol.PING)).GET().build(),
					HttpResponse.BodyHandlers.ofString()));
			plain.shutdownNow();
		}
	}

	private static byte[] readSome(InputStream in) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		try {
			int n;
			while ((n = in.read(buffer)) > 0 && out.size() < 4096) {
				out.write(buffer, 0, n);
			}
		} catch (IOException closedOrTimedOut) {
			// what came before counts
		}
		return out.toByteArray();
	}

	@Test
	void aRepeatedIdempotencyKeyGetsTheFirstAnswerWithoutRunningTheCallAgain() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
			String token = f.token(ServerFixture.AGENT);
			f.post(Protocol.CALL + "queue/claim", "[" + task.getId() + "]", token, null);
			String body = "[" + Json.toJson(promise(task.getContact().getId()), Callback.class) + "]";
			String key = UUID.randomUUID().toString();
			HttpResponse<String> first = f.post(Protocol.CALL + "callbacks/add", body, token, key);
			assertEquals(200, first.statusCode(), first.body());
			HttpResponse<String> again = f.post(Protocol.CALL + "callbacks/add", body, token, key);
			assertEquals(first.body(), again.body(), "the same answer, the same id");
			assertEquals(1, promises(f, task));
			assertEquals(200, f.post(Protocol.CALL + "callbacks/add", body, token, UUID.randomUUID().toString()).statusCode());
			assertEquals(2, promises(f, task), "another key is another call");
			assertError(f.post(Protocol.CALL + "callbacks/promises", "[true, false, true, 10]", token, key), 400, "INVALID",
					"used for another call");
		}
	}

	@Test
	void aCallWhoseAnswerWasLostIsRetriedAndNotMadeTwice() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
			try (DroppingProxy proxy = new DroppingProxy(f.port())) {
				f.known.trust("127.0.0.1", proxy.port(), f.identity.fingerprint());
				List<String> told = new ArrayList<>();
				try (RemoteServices agent = RemoteServices.connect(URI.create("https://127.0.0.1:" + proxy.port()),
						ServerFixture.AGENT, ServerFixture.PASSWORD.toCharArray(), f.known, f.clock,
						(message, retryIn) -> told.add(message))) {
					agent.queue().claim(task.getId());
					proxy.dropNextAnswer();
					Callback added = agent.callbacks().add(promise(task.getContact().getId()));
					assertEquals(1, proxy.dropped(), "the answer was lost once");
					assertEquals(1, told.size(), told.toString());
					assertTrue(told.get(0).contains("retrying in 1 s"), told.get(0));
					assertEquals(1, promises(f, task), "the call was made once");
					assertEquals(f.services.callbacks().openPromisesOf(task.getContact().getId()).get(0).callback().getId(),
							added.getId(), "the first answer came back");
				}
			}
		}
	}

	private static Callback promise(long contactId) {
		Callback cb = RevisitFactory.eINSTANCE.createCallback();
		Contact contact = RevisitFactory.eINSTANCE.createContact();
		contact.setId(contactId);
		cb.setContact(contact);
		cb.setDueAt(Date.from(TestClock.NOW.plus(Duration.ofHours(3))));
		cb.setReason("客户在开会");
		return cb;
	}

	private static int promises(ServerFixture f, CallTask task) {
		return f.services.callbacks().openPromisesOf(task.getContact().getId()).size();
	}

	@Test
	void anUnreachableServerIsWaitedForThenReportedUnavailable() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		List<String> told = new ArrayList<>();
		long start = System.nanoTime();
		ServiceException e = assertThrows(ServiceException.class, () -> RemoteServices.connect(
				URI.create("https://127.0.0.1:" + port), "agent1", "x".toCharArray(),
				new KnownServers(dir.resolve("known")), TestClock.fixed(),
				(message, retryIn) -> told.add(message), Duration.ofMillis(3500)));
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		assertEquals(Kind.UNAVAILABLE, e.kind(), e.getMessage());
		assertTrue(elapsed >= 3000 && elapsed < 10_000, elapsed + " ms");
		assertTrue(told.size() >= 2 && told.get(0).contains("retrying in 1 s") && told.get(1).contains("retrying in 2 s"),
				told.toString());
		assertTrue(e.getMessage().contains("did not answer for 3 s"), e.getMessage());
	}

	@Test
	void somethingThatDoesNotSpeakTlsIsNotWaitedFor() throws Exception {
		try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			Thread.ofVirtual().start(() -> {
				while (!plain.isClosed()) {
					try (Socket s = plain.accept()) {
						s.getInputStream().read(new byte[1024]);
						s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
								.getBytes(StandardCharsets.US_ASCII));
					} catch (IOException closed) {
						// next
					}
				}
			});
			long start = System.nanoTime();
			ServiceException e = assertThrows(ServiceException.class, () -> RemoteServices.connect(
					URI.create("https://127.0.0.1:" + plain.getLocalPort()), "agent1", "x".toCharArray(),
					new KnownServers(dir.resolve("known")), TestClock.fixed(), null, Duration.ofSeconds(60)));
			assertEquals(Kind.FAILED, e.kind());
			assertTrue(e.getMessage().contains("does not answer like a Revisit server"), e.getMessage());
			assertTrue(System.nanoTime() - start < Duration.ofSeconds(20).toNanos(), "no waiting for it");
		}
	}

	@Test
	void aServerThatComesUpWhileTheClientWaitsIsUsed() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		ServerFolder folder = new ServerFolder(dir.resolve("data"));
		folder.saveIdentity(Certificates.selfSigned(List.of("localhost"), TestClock.fixed()));
		KnownServers known = new KnownServers(dir.resolve("known"));
		known.trust("127.0.0.1", port, folder.loadIdentity().fingerprint());
		CompletableFuture<ServerFixture> fixture = new CompletableFuture<>();
		Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(1500);
				fixture.complete(ServerFixture.start(dir, port, Protocol.DEFAULT_MAX_BODY));
			} catch (Exception | Error e) {
				fixture.completeExceptionally(e);
			}
		});
		List<String> told = new ArrayList<>();
		boolean[] back = new boolean[1];
		try (RemoteServices agent = RemoteServices.connect(URI.create("https://127.0.0.1:" + port), "agent1",
				ServerFixture.PASSWORD.toCharArray(), known, TestClock.fixed(), new RemoteServices.Listener() {
					@Override
					public void unreachable(String message, Duration retryIn) {
						told.add(message);
					}

					@Override
					public void reachable() {
						back[0] = true;
					}
				})) {
			assertEquals("agent1", agent.principal().user());
			assertFalse(told.isEmpty(), "the client waited");
			assertTrue(back[0], "and was told the server answers again");
		} finally {
			fixture.get().close();
		}
	}
}
