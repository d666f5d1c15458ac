package org.revisit.store;

import org.eclipse.osgi.util.NLS;
import org.revisit.store.internal.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Checks of the files and folders a command is about to write, made before it reads or stores anything, so
 * that a bad output path fails at once with one line instead of after the work is done.
 * <p>
 * They ask the operating system ({@link Files#isWritable} and friends), which answers for the user running the
 * process: a process of the super-user passes permission checks that would stop anyone else.
 */
public final class FileChecks {

	private FileChecks() {
	}

	/**
	 * Why a file cannot be written (created or replaced) at {@code file}, or {@code null} if nothing is in the
	 * way. Its folder must exist: a mistyped folder is an error, not a reason to create one. A file written
	 * through a {@code .partial} sibling passes that sibling too.
	 */
	public static String whyNotWritableFile(Path file) {
		Path target = file.toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			return Messages.Store_whyFolder;
		}
		if (Files.exists(target) && !Files.isRegularFile(target)) {
			return Messages.Store_whyNotRegular;
		}
		if (Files.exists(target) && !Files.isWritable(target)) {
			return Messages.Store_whyReadOnly;
		}
		Path parent = target.getParent();
		if (parent == null) {
			return Messages.Store_whyNoFolder;
		}
		String folder = whyNotWritableExistingFolder(parent);
		if (folder != null) {
			return folder;
		}
		Path partial = target.resolveSibling(target.getFileName() + ".partial"); //$NON-NLS-1$
		if (Files.isDirectory(partial)) {
			return NLS.bind(Messages.Store_whyPartialInWay, partial);
		}
		return null;
	}

	/**
	 * Why files cannot be created inside {@code folder}, or {@code null}. A missing folder passes if the
	 * nearest folder above it that exists is writable (it will be created there).
	 */
	public static String whyNotWritableFolder(Path folder) {
		Path dir = folder.toAbsolutePath().normalize();
		Path existing = dir;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return Messages.Store_whyNoPath;
		}
		if (!Files.isDirectory(existing)) {
			return NLS.bind(Messages.Store_whyNotAFolder, existing);
		}
		return whyNotWritableExistingFolder(existing);
	}

	private static String whyNotWritableExistingFolder(Path dir) {
		if (!Files.exists(dir)) {
			return NLS.bind(Messages.Store_whyNoSuchFolder, dir);
		}
		if (!Files.isDirectory(dir)) {
			return NLS.bind(Messages.Store_whyNotAFolder, dir);
		}
		if (!Files.isWritable(dir) || !Files.isExecutable(dir)) {
			return NLS.bind(Messages.Store_whyFolderNotWritable, dir);
		}
		return null;
	}

	/** Why a file operation failed, without the exception's class name or the path again. */
	public static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return Messages.Store_whyNoSuchFile;
		}
		if (e instanceof AccessDeniedException) {
			return Messages.Store_whyDenied;
		}
		if (e instanceof NotDirectoryException) {
			return Messages.Store_whyPathNotFolder;
		}
		if (e instanceof FileAlreadyExistsException) {
			return Messages.Store_whyInTheWay;
		}
		if (e instanceof DirectoryNotEmptyException) {
			return Messages.Store_whyNotEmpty;
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? Messages.Store_whyIo : message.replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
