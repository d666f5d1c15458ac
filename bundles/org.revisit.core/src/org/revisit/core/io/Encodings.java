package org.revisit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The encodings a CSV file may come in: UTF-8 (with or without a byte-order mark) or GBK, which Excel on
 * Chinese Windows writes.
 * <p>
 * The encoding is decided for the whole file, line by line: a file with a byte-order mark is UTF-8; otherwise
 * each line with bytes beyond ASCII counts as a UTF-8 line if it is strict UTF-8, else as a GBK line, and the
 * file is UTF-8 unless it has more GBK lines than UTF-8 lines. So a UTF-8 file with one row pasted from a GBK
 * file stays UTF-8, and that row is rejected instead of the whole file being read as GBK (which would turn the
 * UTF-8 rows into other Chinese characters without any error). GBK text that is also valid UTF-8 is rare
 * beyond a few characters, and a single such line cannot tip a file.
 */
public final class Encodings {

	public static final Charset GBK = Charset.forName("GBK");

	private Encodings() {
	}

	/** Reads the whole file once and returns UTF-8 or GBK, as described above. */
	public static Charset detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return detect(in);
		}
	}

	/** Reads {@code in} to its end (without closing it) and returns UTF-8 or GBK, as described above. */
	public static Charset detect(InputStream in) throws IOException {
		Utf8Lines lines = new Utf8Lines();
		byte[] buffer = new byte[1 << 16];
		int n = in.readNBytes(buffer, 0, buffer.length);
		if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		while (n > 0) {
			lines.scan(buffer, 0, n);
			n = in.read(buffer);
		}
		lines.endOfLine();
		return lines.nonUtf8 > lines.utf8 ? GBK : StandardCharsets.UTF_8;
	}

	/**
	 * Whether a row read in a GBK (or GB18030) file is really UTF-8 text: each of its fields, encoded back
	 * into the bytes they were read from, is strict UTF-8 without four-byte sequences, and at least one holds
	 * a Chinese character (a three-byte sequence of U+4E00 to U+9FFF, lead byte E4 to E9). Read as GBK such a
	 * row gives other Chinese characters and no decoding error, so it has to be caught this way. Real GBK text
	 * passes this test only by rare accident: two GBK characters never do, three only in about one name of
	 * ten thousand made of random characters (fewer still of common ones), and every non-ASCII field of the row
	 * must pass.
	 */
	static boolean isUtf8Row(List<String> fields, Charset charset) {
		boolean chinese = false;
		for (String field : fields) {
			if (isAscii(field)) {
				continue;
			}
			byte[] bytes = field.getBytes(charset);
			Utf8Lines check = new Utf8Lines();
			check.scan(bytes, 0, bytes.length);
			check.endOfLine();
			if (check.nonUtf8 > 0 || check.fourBytes) {
				return false;
			}
			chinese |= check.chinese;
		}
		return chinese;
	}

	private static boolean isAscii(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Counts the lines with bytes beyond ASCII that are, and are not, strict UTF-8 (no overlong forms, no
	 * surrogates, nothing beyond U+10FFFF). A sequence cut by a line end is not UTF-8.
	 */
	private static final class Utf8Lines {
		long utf8;
		long nonUtf8;
		/** Whether a four-byte sequence was seen, and a Chinese character (three bytes, lead E4 to E9). */
		boolean fourBytes;
		boolean chinese;
		private boolean high;
		private boolean valid = true;
		/** Continuation bytes still expected, and the range the next one must be in. */
		private int pending;
		private int min = 0x80;
		private int max = 0xBF;

		void scan(byte[] bytes, int from, int to) {
			for (int i = from; i < to; i++) {
				int b = bytes[i] & 0xFF;
				if (b == '\n') {
					endOfLine();
					continue;
				}
				if (b < 0x80) {
					if (pending > 0) {
						valid = false;
						pending = 0;
					}
					continue;
				}
				high = true;
				if (pending > 0) {
					if (b < min || b > max) {
						valid = false;
						pending = 0;
					} else {
						pending--;
						min = 0x80;
						max = 0xBF;
					}
					continue;
				}
				min = 0x80;
				max = 0xBF;
				if (b >= 0xC2 && b <= 0xDF) {
					pending = 1;
				} else if (b >= 0xE0 && b <= 0xEF) {
					pending = 2;
					chinese |= b >= 0xE4 && b <= 0xE9;
					if (b == 0xE0) {
						min = 0xA0; // no overlong form
					} else if (b == 0xED) {
						max = 0x9F; // no surrogates
					}
				} else if (b >= 0xF0 && b <= 0xF4) {
					pending = 3;
					fourBytes = true;
					if (b == 0xF0) {
						min = 0x90;
					} else if (b == 0xF4) {
						max = 0x8F; // not beyond U+10FFFF
					}
				} else {
					valid = false;
					continue;
				}
			}
		}

		void endOfLine() {
			if (pending > 0) {
				valid = false;
				pending = 0;
			}
			if (high) {
				if (valid) {
					utf8++;
				} else {
					nonUtf8++;
				}
			}
			high = false;
			valid = true;
		}
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
