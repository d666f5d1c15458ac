package org.revisit.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** Text documents people bring (scripts, holiday notices): UTF-8, or GB18030 from Chinese editions of office software. */
final class TextFiles {

	private TextFiles() {
	}

	/**
	 * The text of {@code file}.
	 *
	 * @throws IOException naming the file if it is missing or neither UTF-8 nor GB18030 text
	 */
	static String read(Path file) throws IOException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new IOException(NLS.bind(Messages.TextFiles_noSuchFile, file));
		}
		try {
			return decode(bytes, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			try {
				return decode(bytes, Charset.forName("GB18030"));
			} catch (CharacterCodingException e2) {
				throw new IOException(NLS.bind(Messages.TextFiles_notText, file));
			}
		}
	}

	private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
		return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
	}
}
