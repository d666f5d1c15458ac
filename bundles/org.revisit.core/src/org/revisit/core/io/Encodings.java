package org.revisit.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The encodings a CSV file may come in: UTF-8 (with or without a byte-order mark) or GBK, which Excel on
 * Chinese Windows writes. A file that decodes as strict UTF-8 is UTF-8; anything else is taken as GBK (GBK
 * text that happens to be valid UTF-8 is vanishingly rare beyond a few characters).
 */
public final class Encodings {

	public static final Charset GBK = Charset.forName("GBK");

	private Encodings() {
	}

	/** Reads the whole file once, decoding it as strict UTF-8; returns UTF-8 if that works, GBK if not. */
	public static Charset detect(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(1 << 16);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		try (ReadableByteChannel channel = Files.newByteChannel(file)) {
			boolean end = false;
			while (!end) {
				end = channel.read(in) < 0;
				in.flip();
				CoderResult result;
				do {
					out.clear();
					result = decoder.decode(in, out, end);
					if (result.isError()) {
						return GBK;
					}
				} while (result.isOverflow());
				in.compact();
			}
			out.clear();
			if (decoder.flush(out).isError()) {
				return GBK;
			}
		} catch (CharacterCodingException e) {
			return GBK;
		}
		return StandardCharsets.UTF_8;
	}

	/** The charset for an {@code --encoding} value: utf-8 (utf8) or gbk (also gb2312, gb18030, cp936). */
	public static Charset named(String name) {
		String n = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
		return switch (n) {
		case "utf-8", "utf8" -> StandardCharsets.UTF_8;
		case "gbk", "gb2312", "cp936" -> GBK;
		case "gb18030" -> Charset.forName("GB18030");
		default -> throw new UnsupportedCharsetException(name + " (use utf-8 or gbk)");
		};
	}
}
