package org.revisit.core.service.local;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.revisit.core.internal.Messages;
import org.revisit.core.service.ServiceException;
import org.revisit.store.PasswordHash;

/**
 * Password hashing: PBKDF2 with HMAC-SHA256, {@value #ITERATIONS} iterations (OWASP's figure for it), a random
 * {@value #SALT_BYTES}-byte salt per password and a 256-bit key. A hash keeps its algorithm, iterations and salt
 * ({@link PasswordHash}), so a check uses the cost the hash was made with, and a hash made with a lower cost
 * than today's can be replaced at the next good login ({@link #needsRehash}). Checks compare in constant time.
 * <p>
 * The password rules for new passwords are {@link #problem}. The methods never keep the passwords they are
 * given; callers clear their arrays ({@link #clear}).
 */
public final class Passwords {

	/** The key derivation, as the JDK names it. */
	public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

	/** Iterations of new hashes; never lower. */
	public static final int ITERATIONS = 600_000;

	/** Bytes of random salt per password. */
	public static final int SALT_BYTES = 16;

	/** Bits of the derived key. */
	public static final int KEY_BITS = 256;

	/** The fewest characters a password may have. */
	public static final int MIN_LENGTH = 10;

	/** The most characters a password may have. */
	public static final int MAX_LENGTH = 1000;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A hash no password matches, checked instead of a missing one so that every login costs the same. */
	private static volatile PasswordHash decoy;

	private Passwords() {
	}

	/** A new hash of {@code password} with today's cost and a fresh salt. */
	public static PasswordHash hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return new PasswordHash(ALGORITHM, ITERATIONS, encode(salt), encode(derive(password, salt, ITERATIONS)));
	}

	/**
	 * Whether {@code password} is the one {@code stored} was made from, compared in constant time; false for a
	 * {@code null} hash (after as much work as a real check) or an algorithm this program does not know.
	 */
	public static boolean verify(char[] password, PasswordHash stored) {
		PasswordHash against = stored == null || !ALGORITHM.equals(stored.algorithm()) ? decoy() : stored;
		byte[] expected;
		byte[] salt;
		try {
			expected = Base64.getDecoder().decode(against.hash());
			salt = Base64.getDecoder().decode(against.salt());
		} catch (IllegalArgumentException e) {
			return false;
		}
		byte[] actual = derive(password == null ? new char[0] : password, salt, against.iterations());
		boolean same = MessageDigest.isEqual(expected, actual);
		Arrays.fill(actual, (byte) 0);
		return same && against == stored;
	}

	/** Whether {@code stored} was made with a weaker algorithm or cost than new hashes. */
	public static boolean needsRehash(PasswordHash stored) {
		return stored != null && (!ALGORITHM.equals(stored.algorithm()) || stored.iterations() < ITERATIONS);
	}

	/**
	 * Checks a new password against the rules: at least {@value #MIN_LENGTH} characters, at most
	 * {@value #MAX_LENGTH}, not only spaces, not the user's name.
	 *
	 * @return what is wrong with it, one line for the user, or {@code null} if it is acceptable
	 */
	public static String problem(String user, char[] password) {
		ServiceException refusal = refusal(user, password);
		return refusal == null ? null : refusal.getMessage();
	}

	/** What {@link #problem} says, as the refusal of a service ({@code null}: the password is acceptable). */
	static ServiceException refusal(String user, char[] password) {
		if (password == null || password.length < MIN_LENGTH) {
			return invalid(Messages.Passwords_short, MIN_LENGTH);
		}
		if (password.length > MAX_LENGTH) {
			return invalid(Messages.Passwords_long, MAX_LENGTH);
		}
		boolean blank = true;
		for (char ch : password) {
			blank &= Character.isWhitespace(ch);
		}
		if (blank) {
			return invalid(Messages.Passwords_blank);
		}
		if (user != null && equalsIgnoreCase(password, user.strip())) {
			return invalid(Messages.Passwords_userName);
		}
		return null;
	}

	private static ServiceException invalid(String text, Object... args) {
		return ServiceException.refusal(ServiceException.Kind.INVALID, text, args);
	}

	/** Overwrites the arrays with zeros (null ones are skipped). */
	public static void clear(char[]... passwords) {
		for (char[] p : passwords) {
			if (p != null) {
				Arrays.fill(p, '\0');
			}
		}
	}

	private static boolean equalsIgnoreCase(char[] password, String text) {
		if (password.length != text.length()) {
			return false;
		}
		for (int i = 0; i < password.length; i++) {
			if (Character.toLowerCase(password[i]) != Character.toLowerCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static PasswordHash decoy() {
		PasswordHash d = decoy;
		if (d == null) {
			char[] random = new char[32];
			for (int i = 0; i < random.length; i++) {
				random[i] = (char) ('a' + RANDOM.nextInt(26));
			}
			d = hash(random);
			clear(random);
			decoy = d;
		}
		return d;
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("This Java runtime cannot compute " + ALGORITHM + ": " + e.getMessage(), e);
		} finally {
			spec.clearPassword();
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
