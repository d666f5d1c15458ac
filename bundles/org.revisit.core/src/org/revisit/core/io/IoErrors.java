package org.revisit.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** File errors in words: NIO exceptions carry the path as their message and their meaning in their class. */
public final class IoErrors {

	private IoErrors() {
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

	/** "cannot read FILE: reason" */
	public static String cannotRead(Object file, IOException e) {
		return "cannot read " + file + ": " + reason(e);
	}

	/** "cannot write FILE: reason" */
	public static String cannotWrite(Object file, IOException e) {
		return "cannot write " + file + ": " + reason(e);
	}
}
