package org.revisit.rcp.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Passwords people asked the sign-in to remember, in Eclipse secure storage (encrypted; never in the preferences).
 * The storage is a file of its own in {@code folder}; its encryption key is a random key kept beside it, readable
 * by the user alone: the product brings no operating-system keyring, so the password is as safe as the user's own
 * files are.
 */
public final class SavedPasswords {

	static final String STORAGE = "secure_storage"; //$NON-NLS-1$
	static final String KEY = "secure_storage.key"; //$NON-NLS-1$
	private static final String NODE = "org.revisit.rcp/team"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private final ISecurePreferences root;

	private SavedPasswords(ISecurePreferences root) {
		this.root = root;
	}

	/** The saved passwords in {@code folder} (created when missing). */
	public static SavedPasswords in(Path folder) throws IOException {
		Files.createDirectories(folder);
		PBEKeySpec key = new PBEKeySpec(key(folder.resolve(KEY)));
		URL location = folder.resolve(STORAGE).toUri().toURL();
		ISecurePreferences root = SecurePreferencesFactory.open(location,
				Map.of(IProviderHints.DEFAULT_PASSWORD, key, IProviderHints.PROMPT_USER, Boolean.FALSE));
		if (root == null) {
			throw new IOException("Cannot open the secure storage " + location); //$NON-NLS-1$
		}
		return new SavedPasswords(root);
	}

	/** The storage's key, made on first use: 32 random bytes, in a file only its owner may read. */
	private static char[] key(Path file) throws IOException {
		if (!Files.exists(file)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
				Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII,
						StandardOpenOption.TRUNCATE_EXISTING);
			} catch (FileAlreadyExistsException e) {
				// another start made it first: use theirs
			} catch (UnsupportedOperationException e) {
				Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
			}
		}
		return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
	}

	private ISecurePreferences node(String server, String user) {
		return root.node(NODE).node(EncodingUtils.encodeSlashes(server + " " + user)); //$NON-NLS-1$
	}

	/** The password saved for {@code user} on {@code server}, or {@code null}. */
	public char[] load(String server, String user) {
		try {
			String p = node(server, user).get(PASSWORD, null);
			return p == null ? null : p.toCharArray();
		} catch (StorageException e) {
			ILog.of(SavedPasswords.class).warn(e.getMessage(), e);
			return null;
		}
	}

	/** Saves (encrypted) the password of {@code user} on {@code server}. */
	public void save(String server, String user, char[] password) throws IOException {
		try {
			node(server, user).put(PASSWORD, new String(password), true);
			root.flush();
		} catch (StorageException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Forgets the password of {@code user} on {@code server}, if one was saved. */
	public void forget(String server, String user) throws IOException {
		if (root.nodeExists(NODE + "/" + EncodingUtils.encodeSlashes(server + " " + user))) { //$NON-NLS-1$ //$NON-NLS-2$
			node(server, user).removeNode();
			root.flush();
		}
	}

	/** Clears a password that is no longer needed. */
	static void wipe(char[] password) {
		if (password != null) {
			Arrays.fill(password, '\0');
		}
	}
}
