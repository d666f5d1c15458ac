package org.revisit.model.validation;

/**
 * Text from outside (a file, a command line, a form) as it may be stored and as it may be shown.
 * <p>
 * Control characters and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) do not
 * belong in a name: they are invisible, a NUL ends a string in other programs, an ESC drives the terminal
 * that shows it, and a right-to-left override makes a name display as another one. {@link #forbidden} finds
 * them. {@link #echo} makes any input safe to quote in a one-line message: short, with those characters
 * written as escapes.
 */
public final class SafeText {

	/** Characters of input quoted in a message, at most; the rest is cut off and marked with "…". */
	public static final int ECHO_LENGTH = 80;

	private SafeText() {
	}

	/** Whether {@code cp} must not be part of a name: C0 and C1 controls, DEL, bidi overrides and isolates. */
	public static boolean isForbidden(int cp) {
		return Character.getType(cp) == Character.CONTROL || cp >= 0x202A && cp <= 0x202E
				|| cp >= 0x2066 && cp <= 0x2069;
	}

	/** The index of the first character {@link #isForbidden} in {@code s}, or -1 (also for {@code null}). */
	public static int forbidden(String s) {
		if (s == null) {
			return -1;
		}
		for (int i = 0; i < s.length(); i++) {
			if (isForbidden(s.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The character at {@code index} as U+XXXX with its name where it has a short one, e.g. "U+202E (RLO)". */
	public static String describe(String s, int index) {
		int cp = s.codePointAt(index);
		String code = String.format("U+%04X", cp);
		String name = switch (cp) {
		case 0 -> "NUL";
		case '\t' -> "TAB";
		case '\n' -> "LF";
		case '\r' -> "CR";
		case 0x1B -> "ESC";
		case 0x7F -> "DEL";
		case 0x202A -> "LRE";
		case 0x202B -> "RLE";
		case 0x202C -> "PDF";
		case 0x202D -> "LRO";
		case 0x202E -> "RLO";
		case 0x2066 -> "LRI";
		case 0x2067 -> "RLI";
		case 0x2068 -> "FSI";
		case 0x2069 -> "PDI";
		default -> null;
		};
		return name == null ? code : code + " (" + name + ")";
	}

	/**
	 * {@code s} made safe to quote in a one-line message: cut to {@value #ECHO_LENGTH} characters (then ending
	 * in "…"), with control, line-separating and bidi characters written as escapes ({@code \t}, {@code \n},
	 * {@code \r}, else {@code \u001B} and the like). {@code null} stays {@code null}.
	 */
	public static String echo(String s) {
		return echo(s, ECHO_LENGTH);
	}

	/** {@link #echo(String)} with another length; a negative {@code max} only escapes. */
	public static String echo(String s, int max) {
		if (s == null) {
			return null;
		}
		StringBuilder sb = null;
		int shown = 0;
		for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
			if (max >= 0 && shown == max) {
				if (sb == null) {
					sb = new StringBuilder(s.substring(0, i));
				}
				return sb.append('…').toString();
			}
			int cp = s.codePointAt(i);
			String escaped = escape(cp);
			if (escaped != null && sb == null) {
				sb = new StringBuilder(s.substring(0, i));
			}
			if (sb != null) {
				if (escaped != null) {
					sb.append(escaped);
				} else {
					sb.appendCodePoint(cp);
				}
			}
			shown++;
		}
		return sb == null ? s : sb.toString();
	}

	private static String escape(int cp) {
		switch (cp) {
		case '\t':
			return "\\t";
		case '\n':
			return "\\n";
		case '\r':
			return "\\r";
		default:
			if (isForbidden(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
				return String.format("\\u%04X", cp);
			}
			return null;
		}
	}
}
