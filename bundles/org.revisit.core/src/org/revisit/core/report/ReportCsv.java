package org.revisit.core.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Report tables as CSV for Excel (RFC 4180: a field with a comma, a quote or a line break is quoted, quotes
 * doubled; lines end with CRLF). UTF-8 starts with a byte order mark, which Excel needs to read it as UTF-8; GBK
 * has none. Tables follow one another, each with its title on a line of its own and a blank line between them.
 */
public final class ReportCsv {

	/** What a cell may not start with in a file Excel opens: it would be read as a formula. */
	private static final String FORMULA_START = "=+-@\t\r"; //$NON-NLS-1$

	private ReportCsv() {
	}

	/**
	 * The tables in {@code charset}.
	 *
	 * @throws CharacterCodingException if a text cannot be written in {@code charset} (GBK has no emoji)
	 */
	public static byte[] write(List<ReportTable> tables, Charset charset) throws CharacterCodingException {
		StringBuilder text = new StringBuilder();
		for (ReportTable t : tables) {
			if (text.length() > 0) {
				text.append("\r\n"); //$NON-NLS-1$
			}
			if (tables.size() > 1) {
				line(text, List.of(t.title()));
			}
			line(text, List.copyOf(t.columns()));
			for (List<Object> row : t.rows()) {
				line(text, row);
			}
		}
		CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (charset.equals(StandardCharsets.UTF_8)) {
			out.write(0xEF);
			out.write(0xBB);
			out.write(0xBF);
		}
		out.write(bytes.array(), bytes.arrayOffset(), bytes.limit());
		return out.toByteArray();
	}

	private static void line(StringBuilder text, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(field(cells.get(i)));
		}
		text.append("\r\n"); //$NON-NLS-1$
	}

	/** A cell as text: numbers without grouping, rates and means with up to four decimals. */
	public static String text(Object cell) {
		if (cell == null) {
			return ""; //$NON-NLS-1$
		}
		if (cell instanceof Double d) {
			return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		return cell.toString();
	}

	private static String field(Object cell) {
		String s = text(cell);
		if (cell instanceof String && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
			// a name, a note or an answer that a spreadsheet would run as a formula (CSV injection), as the
			// contact export guards against; numbers (negative ones too) stay numbers
			s = "'" + s; //$NON-NLS-1$
		}
		if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
			return '"' + s.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return s;
	}
}
