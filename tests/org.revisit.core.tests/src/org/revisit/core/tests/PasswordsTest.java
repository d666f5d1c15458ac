package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.revisit.core.service.local.Passwords;
import org.revisit.store.PasswordHash;

/** Password hashing: the production cost, random salts, checks, the rules for new passwords. */
class PasswordsTest {

	@Test
	void newHashesUsePbkdf2WithAtLeast600000IterationsAndA16ByteSalt() {
		assertTrue(Passwords.ITERATIONS >= 600_000, "OWASP's minimum for PBKDF2-HMAC-SHA256");
		PasswordHash h = Passwords.hash("correct horse battery".toCharArray());
		assertEquals("PBKDF2WithHmacSHA256", h.algorithm());
		assertEquals(Passwords.ITERATIONS, h.iterations());
		assertEquals(16, Base64.getDecoder().decode(h.salt()).length);
		assertEquals(32, Base64.getDecoder().decode(h.hash()).length);
		assertFalse(h.toString().contains(h.hash()), "the hash stays out of messages");
	}

	@Test
	void theSamePasswordGetsADifferentSaltAndHashEachTime() {
		PasswordHash a = Passwords.hash("correct horse battery".toCharArray());
		PasswordHash b = Passwords.hash("correct horse battery".toCharArray());
		assertNotEquals(a.salt(), b.salt());
		assertNotEquals(a.hash(), b.hash());
		assertTrue(Passwords.verify("correct horse battery".toCharArray(), a));
		assertTrue(Passwords.verify("correct horse battery".toCharArray(), b));
	}

	@Test
	void onlyTheRightPasswordMatches() {
		PasswordHash h = Passwords.hash("correct horse battery".toCharArray());
		assertFalse(Passwords.verify("correct horse batterY".toCharArray(), h));
		assertFalse(Passwords.verify(new char[0], h));
		assertFalse(Passwords.verify(null, h));
		assertFalse(Passwords.verify("correct horse battery".toCharArray(), null), "no hash: no match");
		PasswordHash unknown = new PasswordHash("MD5", 1, h.salt(), h.hash());
		assertFalse(Passwords.verify("correct horse battery".toCharArray(), unknown), "an unknown algorithm never matches");
	}

	@Test
	void aCheapOldHashStillMatchesAndAsksToBeRehashed() {
		// what a hash made when the cost was lower looks like: the check uses the cost stored with it
		PasswordHash today = Passwords.hash("correct horse battery".toCharArray());
		assertFalse(Passwords.needsRehash(today));
		assertTrue(Passwords.needsRehash(new PasswordHash(today.algorithm(), 1000, today.salt(), today.hash())));
	}

	@Test
	void rulesForNewPasswords() {
		assertEquals("The password must have at least 10 characters", Passwords.problem("wang", "short".toCharArray()));
		assertEquals("The password must have at least 10 characters", Passwords.problem("wang", "123456789".toCharArray()));
		assertNull(Passwords.problem("wang", "1234567890".toCharArray()));
		assertEquals("The password must not be the user name",
				Passwords.problem("wangfang01", "WangFang01".toCharArray()));
		assertEquals("The password must not be only spaces", Passwords.problem("wang", "            ".toCharArray()));
		assertEquals("The password must have at most 1000 characters", Passwords.problem("wang", new char[1001]));
		assertEquals("The password must have at least 10 characters", Passwords.problem("wang", null));
	}

	@Test
	void clearOverwritesThePassword() {
		char[] p = "correct horse battery".toCharArray();
		Passwords.clear(p, null);
		for (char c : p) {
			assertEquals('\0', c);
		}
	}
}
