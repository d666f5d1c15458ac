package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.local.Authenticator;
import org.revisit.remote.Protocol;
import org.revisit.remote.RemoteServices;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;

import com.google.gson.JsonObject;

/**
 * Logins over the wire: password guessing from one address is slowed down by the server's throttle (refused with
 * 429 without the password being checked, audited once), and a login does not tell whether a user name exists
 * (the same status, body and time for an unknown user as for a wrong password).
 */
class LoginThrottleTest {

	@TempDir
	Path dir;

	private static String login(String user, String password) {
		return "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}";
	}

	@Test
	void manyFailedLoginsFromOneAddressAreRefusedForAWhileWithoutCheckingPasswords() throws Exception {
		Duration pause = Duration.ofMinutes(5);
		try (ServerFixture f = ServerFixture.start(dir, b -> b.loginThrottle(3, Duration.ofMinutes(1), pause))) {
			List<Long> checked = new ArrayList<>();
			List<Long> refused = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				long start = System.nanoTime();
				HttpResponse<String> r = f.post(Protocol.LOGIN, login("guess" + i, "password" + i), null, null);
				long took = System.nanoTime() - start;
				JsonObject body = ServerFixture.json(r);
				if (i < 3) {
					assertEquals(401, r.statusCode(), i + ": " + r.body());
					checked.add(took);
				} else {
					assertEquals(429, r.statusCode(), i + ": " + r.body());
					assertEquals("LOCKED", body.get("kind").getAsString());
					assertTrue(body.get("message").getAsString().startsWith("Too many attempts"), r.body());
					assertTrue(r.headers().firstValue("Retry-After").isPresent(), "Retry-After");
					refused.add(took);
				}
			}
			long checking = Collections.min(checked);
			long refusing = refused.stream().sorted().toList().get(refused.size() / 2);
			System.out.printf("A checked login takes %d ms, a refused one %d ms%n", checking / 1_000_000,
					refusing / 1_000_000);
			assertTrue(refusing * 3 < checking, "a refused login costs no password check: " + refusing / 1_000_000
					+ " ms against " + checking / 1_000_000 + " ms");
			assertEquals(3, f.store.audit().find(null, null, null, AuditActions.LOGIN_FAILED, 0, 100).size(),
					"only the checked logins reached the accounts");
			List<AuditRecord> throttled = f.store.audit().find(null, null, null, AuditActions.THROTTLED, 0, 10);
			assertEquals(1, throttled.size(), "the refusal is audited once, not per attempt");
			assertEquals("127.0.0.1", throttled.get(0).from());
			assertTrue(throttled.get(0).detail().contains("3 failed logins within 60 s"), throttled.get(0).detail());
			assertTrue(f.log().contains("Logins from 127.0.0.1 refused until"), f.log());

			HttpResponse<String> right = f.post(Protocol.LOGIN, login(ServerFixture.AGENT, ServerFixture.PASSWORD), null,
					null);
			assertEquals(429, right.statusCode(), "while refused, the right password is not looked at either");
			ServiceException e = org.junit.jupiter.api.Assertions.assertThrows(ServiceException.class,
					() -> f.connect(ServerFixture.AGENT));
			assertEquals(Kind.LOCKED, e.kind());
			assertTrue(e.getMessage().contains("try again in 5 minutes"), e.getMessage());

			f.clock.advance(pause.plusSeconds(1));
			try (RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				assertEquals("agent1", agent.principal().user(), "after the pause, logins are checked again");
			}
			assertEquals(401, f.post(Protocol.LOGIN, login("guess", "again"), null, null).statusCode());
		}
	}

	@Test
	void parallelGuessesRunNoMorePasswordChecksThanTheLimit() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir, b -> b.loginThrottle(3, Duration.ofMinutes(1), Duration.ofMinutes(5)));
				ExecutorService pool = Executors.newFixedThreadPool(12)) {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				String user = "guess" + i;
				statuses.add(pool.submit(() -> f.post(Protocol.LOGIN, login(user, "nope nope"), null, null).statusCode()));
			}
			int unauthorized = 0;
			for (Future<Integer> s : statuses) {
				int status = s.get();
				assertTrue(status == 401 || status == 429, "status " + status);
				unauthorized += status == 401 ? 1 : 0;
			}
			assertTrue(unauthorized >= 1 && unauthorized <= 3, unauthorized + " passwords checked");
			assertEquals(unauthorized, f.store.audit().find(null, null, null, AuditActions.LOGIN_FAILED, 0, 100).size());
		}
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswerInTheSameTime() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			f.post(Protocol.LOGIN, login("warm-up", "first decoy"), null, null);
			List<Long> unknown = new ArrayList<>();
			List<Long> wrong = new ArrayList<>();
			String unknownBody = null;
			String wrongBody = null;
			for (int i = 0; i < 3; i++) {
				long start = System.nanoTime();
				HttpResponse<String> u = f.post(Protocol.LOGIN, login("nobody" + i, "some password"), null, null);
				unknown.add(System.nanoTime() - start);
				start = System.nanoTime();
				HttpResponse<String> w = f.post(Protocol.LOGIN, login(ServerFixture.AGENT, "some password"), null, null);
				wrong.add(System.nanoTime() - start);
				assertEquals(401, u.statusCode());
				assertEquals(401, w.statusCode());
				assertEquals(u.headers().map().keySet(), w.headers().map().keySet());
				unknownBody = u.body();
				wrongBody = w.body();
				assertEquals(unknownBody, wrongBody, "the same body");
			}
			// the reason lets a client say it in its own language (issue 16); the same for both
			assertEquals("{\"kind\":\"UNAUTHENTICATED\",\"message\":\"" + Authenticator.WRONG
					+ "\",\"reason\":\"Auth_wrong\"}", wrongBody);
			double u = median(unknown);
			double w = median(wrong);
			System.out.printf("Login refused: unknown user %.0f ms, wrong password %.0f ms%n", u / 1e6, w / 1e6);
			assertTrue(u > w / 2 && u < w * 2, "about the same time: " + u / 1e6 + " ms and " + w / 1e6 + " ms");
		}
	}

	private static double median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}
}
