package org.revisit.store;

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
			return "it is a folder";
		}
		if (Files.exists(target) && !Files.isRegularFile(target)) {
			return "it is not a regular file";
		}
		if (Files.exists(target) && !Files.isWritable(target)) {
			return "it is read-only (permission denied)";
		}
		Path parent = target.getParent();
		if (parent == null) {
			return "it has no folder";
		}
		String folder = whyNotWritableExistingFolder(parent);
		if (folder != null) {
			return folder;
		}
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		if (Files.isDirectory(partial)) {
			return "the folder " + partial + " is in the way of the file written first";
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
			return "no part of the path exists";
		}
		if (!Files.isDirectory(existing)) {
			return existing + " is not a folder";
		}
		return whyNotWritableExistingFolder(existing);
	}

	private static String whyNotWritableExistingFolder(Path dir) {
		if (!Files.exists(dir)) {
			return "the folder " + dir + " does not exist";
		}
		if (!Files.isDirectory(dir)) {
			return dir + " is not a folder";
		}
		if (!Files.isWritable(dir) || !Files.isExecutable(dir)) {
			return "the folder " + dir + " is not writable (permission denied)";
		}
		return null;
	}

	/** Why a file operation failed, without the exception's class name or the path again. */
	public static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NotDirectoryException) {
			return "a part of the path is not a folder";
		}
		if (e instanceof FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		if (e instanceof DirectoryNotEmptyException) {
			return "it is a folder that is not empty";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		String message = e.getMessage();
		return message == null || message.isBlank() ? "input/output error" : message.replaceAll("\\s*\\R\\s*", " ");
	}
}
