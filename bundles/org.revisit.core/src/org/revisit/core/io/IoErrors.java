package org.revisit.core.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.store.FileChecks;

/** File errors in words: NIO exceptions carry the path as their message and their meaning in their class. */
public final class IoErrors {

	private IoErrors() {
	}

	/** Why a file operation failed, without the exception's class name or the path again. */
	public static String reason(IOException e) {
		return FileChecks.reason(e);
	}

	/**
	 * Fails if a file cannot be written (created or replaced) at {@code file}: it is a folder, its folder does
	 * not exist or is not writable ({@link FileChecks#whyNotWritableFile}). Called before anything is read or
	 * stored, so that a bad output path costs no work.
	 */
	public static void checkWritableFile(Path file) throws FileSystemException {
		String why = FileChecks.whyNotWritableFile(file);
		if (why != null) {
			throw new FileSystemException(file.toString(), null, why);
		}
	}

	/** "cannot read FILE: reason" */
	public static String cannotRead(Object file, IOException e) {
		return NLS.bind(Messages.ImportFile_cannotRead, file, reason(e));
	}

	/** "cannot write FILE: reason" */
	public static String cannotWrite(Object file, IOException e) {
		return NLS.bind(Messages.ImportFile_cannotWrite, file, reason(e));
	}
}
