package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.local.Authenticator;
import org.revisit.core.service.local.LocalUserService;
import org.revisit.core.service.local.Passwords;
import org.revisit.model.Role;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.PasswordHash;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.UserRepository.Account;

/**
 * Logins against a real database with a clock the test moves: the same answer for an unknown user and a wrong
 * password, the lockout after five failures and its end, longer lockouts while failures go on, disabled
 * accounts, and the audit of each attempt.
 */
class AuthenticatorTest {

	private static final String PASSWORD = "Mei-hua 2026 spring";
	private static final String FROM = "192.0.2.7";

	@TempDir
	Path dir;

	MovingClock clock;
	Store store;
	Authenticator auth;
	LocalUserService admin;

	@BeforeEach
	void open() {
		clock = MovingClock.atTestNow();
		store = Store.open(StoreConfig.embedded(dir).withClock(clock));
		auth = new Authenticator(store);
		admin = new LocalUserService(store, new Principal("root", null, Role.ADMIN));
		admin.add("wang", "王芳", Role.SUPERVISOR, PASSWORD.toCharArray());
	}

	@AfterEach
	void close() {
		store.close();
	}

	private Principal login(String user, String password) {
		return auth.login(user, password.toCharArray(), FROM);
	}

	private ServiceException refused(String user, String password) {
		return assertThrows(ServiceException.class, () -> login(user, password));
	}

	private List<AuditRecord> audit(String user, String action) {
		return store.audit().find(null, null, user, action, 0, 1000);
	}

	@Test
	void aGoodLoginGivesTheUsersRoleAndIsAudited() {
		char[] given = PASSWORD.toCharArray();
		Principal p = auth.login("wang", given, FROM);
		assertEquals(new Principal("wang", "王芳", Role.SUPERVISOR), p);
		assertEquals(new String(new char[given.length]), new String(given), "the password given is cleared");
		assertEquals(TestClock.NOW, store.users().account("wang").lastLoginAt());
		List<AuditRecord> logins = audit("wang", AuditActions.LOGIN);
		assertEquals(1, logins.size());
		assertEquals(FROM, logins.get(0).from());
		assertEquals("User", logins.get(0).entity());
		assertEquals(TestClock.NOW, logins.get(0).at());
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswerAfterTheSameWork() {
		long started = System.nanoTime();
		Passwords.hash("one hash for scale".toCharArray());
		long oneHash = System.nanoTime() - started;

		ServiceException wrong = refused("wang", "not the password");
		started = System.nanoTime();
		ServiceException unknown = refused("zhao", PASSWORD);
		long unknownTook = System.nanoTime() - started;

		assertEquals(Kind.UNAUTHENTICATED, wrong.kind());
		assertEquals(Kind.UNAUTHENTICATED, unknown.kind());
		assertEquals("Wrong user name or password", wrong.getMessage());
		assertEquals(wrong.getMessage(), unknown.getMessage());
		assertTrue(unknownTook > oneHash / 4, "an unknown user costs a password check too: " + unknownTook / 1_000_000
				+ " ms against " + oneHash / 1_000_000 + " ms for a hash");
		assertEquals(1, audit("wang", AuditActions.LOGIN_FAILED).size());
		AuditRecord tried = audit("zhao", AuditActions.LOGIN_FAILED).get(0);
		assertEquals(FROM, tried.from());
		assertTrue(tried.detail().contains("unknown user"), tried.detail());
		assertTrue(audit(null, AuditActions.LOGIN).isEmpty());
	}

	@Test
	void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
		for (int i = 1; i < Authenticator.FAILURES_BEFORE_LOCK; i++) {
			assertEquals(Kind.UNAUTHENTICATED, refused("wang", "guess " + i).kind());
		}
		ServiceException locked = refused("wang", "guess 5");
		assertEquals(Kind.LOCKED, locked.kind());
		assertTrue(locked.getMessage().contains("locked until 09:15"), locked.getMessage());
		assertEquals(1, audit("wang", AuditActions.LOCKED).size());

		// the right password does not help during the lockout, nor does it tell that it was right
		ServiceException stillLocked = refused("wang", PASSWORD);
		assertEquals(Kind.LOCKED, stillLocked.kind());
		assertEquals(locked.getMessage(), stillLocked.getMessage());
		assertEquals(6, audit("wang", AuditActions.LOGIN_FAILED).size(), "five failures and one try while locked");
		assertNull(store.users().account("wang").lastLoginAt());

		clock.advance(Duration.ofMinutes(14));
		assertEquals(Kind.LOCKED, refused("wang", PASSWORD).kind());
		clock.advance(Duration.ofMinutes(1));
		assertEquals("wang", login("wang", PASSWORD).user(), "the lockout is over after 15 minutes");
		Account after = store.users().account("wang");
		assertEquals(0, after.failedLogins());
		assertEquals(0, after.lockouts());

		// a good login started the count again: four failures do not lock
		for (int i = 1; i < Authenticator.FAILURES_BEFORE_LOCK; i++) {
			assertEquals(Kind.UNAUTHENTICATED, refused("wang", "guess " + i).kind());
		}
		assertEquals("wang", login("wang", PASSWORD).user());
	}

	@Test
	void afterALockoutEachFurtherFailureLocksAgainForTwiceAsLong() {
		for (int i = 1; i <= Authenticator.FAILURES_BEFORE_LOCK; i++) {
			assertThrows(ServiceException.class, () -> login("wang", "guess"));
		}
		Instant first = store.users().account("wang").lockedUntil();
		assertEquals(TestClock.NOW.plus(Duration.ofMinutes(15)), first);

		clock.advance(Duration.ofMinutes(15));
		ServiceException again = refused("wang", "guess");
		assertEquals(Kind.LOCKED, again.kind(), "one more failure locks again at once");
		assertEquals(clock.instant().plus(Duration.ofMinutes(30)), store.users().account("wang").lockedUntil());

		clock.advance(Duration.ofMinutes(30));
		assertEquals(Kind.LOCKED, refused("wang", "guess").kind());
		assertEquals(clock.instant().plus(Duration.ofHours(1)), store.users().account("wang").lockedUntil());
		assertEquals(3, audit("wang", AuditActions.LOCKED).size());

		assertEquals(Duration.ofMinutes(15), Authenticator.lockDuration(0));
		assertEquals(Duration.ofHours(16), Authenticator.lockDuration(6));
		assertEquals(Duration.ofHours(24), Authenticator.lockDuration(7), "at most a day");
		assertEquals(Duration.ofHours(24), Authenticator.lockDuration(1000));
	}

	@Test
	void failuresInParallelAreAllCountedAndLockOnce() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<Kind>> tries = new java.util.ArrayList<>();
			for (int i = 0; i < 6; i++) {
				tries.add(pool.submit(() -> refused("wang", "guess").kind()));
			}
			List<Kind> kinds = new java.util.ArrayList<>();
			for (var t : tries) {
				kinds.add(t.get());
			}
			assertEquals(4, kinds.stream().filter(k -> k == Kind.UNAUTHENTICATED).count(), kinds.toString());
			assertEquals(2, kinds.stream().filter(k -> k == Kind.LOCKED).count(), kinds.toString());
		} finally {
			pool.shutdown();
		}
		Account wang = store.users().account("wang");
		assertEquals(Authenticator.FAILURES_BEFORE_LOCK, wang.failedLogins());
		assertEquals(1, wang.lockouts());
		assertEquals(1, audit("wang", AuditActions.LOCKED).size());
		assertEquals(6, audit("wang", AuditActions.LOGIN_FAILED).size());
	}

	@Test
	void aDisabledAccountIsRefusedAndEnablingEndsALockout() {
		admin.disable("wang");
		ServiceException disabled = refused("wang", PASSWORD);
		assertEquals(Kind.LOCKED, disabled.kind());
		assertTrue(disabled.getMessage().contains("disabled"), disabled.getMessage());
		assertEquals(Kind.UNAUTHENTICATED, refused("wang", "not the password").kind(),
				"a wrong password does not learn that the account exists");
		assertTrue(audit("wang", AuditActions.LOGIN).isEmpty());

		admin.enable("wang");
		assertEquals("wang", login("wang", PASSWORD).user());

		for (int i = 1; i <= Authenticator.FAILURES_BEFORE_LOCK; i++) {
			assertThrows(ServiceException.class, () -> login("wang", "guess"));
		}
		assertEquals(Kind.LOCKED, refused("wang", PASSWORD).kind());
		admin.enable("wang");
		assertNull(admin.list().get(0).lockedUntil());
		assertEquals("wang", login("wang", PASSWORD).user(), "enabling ended the lockout");
		assertTrue(audit("root", AuditActions.USER_ENABLED).get(0).detail().contains("lockout"));
	}

	@Test
	void aPasswordKeptAtALowerCostIsRehashedAtTheNextGoodLogin() throws Exception {
		byte[] salt = new byte[16];
		int cheap = 1000;
		byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec("an older password".toCharArray(), salt, cheap, 256)).getEncoded();
		PasswordHash old = new PasswordHash("PBKDF2WithHmacSHA256", cheap, Base64.getEncoder().encodeToString(salt),
				Base64.getEncoder().encodeToString(key));
		store.transaction(tx -> {
			store.users().setPassword(tx, "wang", old, TestClock.NOW);
			return null;
		});
		assertEquals("wang", login("wang", "an older password").user());
		PasswordHash now = store.users().account("wang").password();
		assertEquals(Passwords.ITERATIONS, now.iterations());
		assertTrue(Passwords.verify("an older password".toCharArray(), now));
	}

	@Test
	void changingOnesOwnPasswordNeedsTheCurrentOne() {
		LocalUserService self = new LocalUserService(store, new Principal("wang", "王芳", Role.SUPERVISOR));
		ServiceException wrong = assertThrows(ServiceException.class,
				() -> self.changeOwnPassword("not the password".toCharArray(), "a new long password".toCharArray()));
		assertEquals(Kind.UNAUTHENTICATED, wrong.kind());
		assertEquals(1, store.users().account("wang").failedLogins(), "a wrong current password counts as a failure");

		ServiceException tooShort = assertThrows(ServiceException.class,
				() -> self.changeOwnPassword(PASSWORD.toCharArray(), "short".toCharArray()));
		assertEquals(Kind.INVALID, tooShort.kind());

		char[] current = PASSWORD.toCharArray();
		char[] next = "a new long password".toCharArray();
		self.changeOwnPassword(current, next);
		assertEquals(0, next[0], "the arrays are cleared");
		assertEquals(Kind.UNAUTHENTICATED, refused("wang", PASSWORD).kind());
		assertEquals("wang", login("wang", "a new long password").user());
		AuditRecord changed = audit("wang", AuditActions.PASSWORD_CHANGED).get(0);
		assertNotNull(changed.detail());
		assertTrue(audit(null, null).stream().noneMatch(r -> String.valueOf(r.detail()).contains("new long")),
				"no password in the audit");
	}
}
