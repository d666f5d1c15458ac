package org.revisit.store;

/**
 * A password as it is kept: never the password itself, but a slow salted hash of it with what is needed to check
 * a password against it again, so the cost can be raised later without losing the old hashes.
 *
 * @param algorithm the key derivation, e.g. {@code PBKDF2WithHmacSHA256}
 * @param iterations the cost the hash was made with
 * @param salt the random salt, Base64
 * @param hash the derived key, Base64
 */
public record PasswordHash(String algorithm, int iterations, String salt, String hash) {

	public PasswordHash {
		if (algorithm == null || algorithm.isBlank() || salt == null || hash == null || iterations < 1) {
			throw new IllegalArgumentException("A password hash needs its algorithm, iterations, salt and hash");
		}
	}

	@Override
	public String toString() {
		// the hash stays out of logs and messages
		return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
	}
}
