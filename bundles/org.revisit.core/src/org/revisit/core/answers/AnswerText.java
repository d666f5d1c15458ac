package org.revisit.core.answers;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * Text helpers of the answer library: Chinese characters to the initials of their pinyin (服务延时 → fwys) with
 * ICU4J's Han-Latin transliterator, and the folding used to compare search text (case, full-width forms).
 */
public final class AnswerText {

	private static final Map<Character, Character> INITIALS = new ConcurrentHashMap<>();
	private static Transliterator hanLatin;

	private AnswerText() {
	}

	/** Whether the text holds a Chinese character. */
	public static boolean hasHan(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (han(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean han(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

	/**
	 * The initials of the pinyin of each Chinese character of the text, in order; other letters and digits are
	 * kept (lower case), the rest left out. "服务延时 (热线)" gives "fwysrx".
	 */
	public static String initials(String text) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (han(c)) {
				char initial = INITIALS.computeIfAbsent(c, AnswerText::initialOf);
				if (initial != 0) {
					b.append(initial);
				}
			} else if (Character.isLetterOrDigit(c) && c < 0x2E80) {
				b.append(Character.toLowerCase(c));
			}
		}
		return b.toString();
	}

	private static synchronized char initialOf(char c) {
		if (hanLatin == null) {
			hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
		}
		String latin = hanLatin.transliterate(String.valueOf(c)).strip();
		return latin.isEmpty() || !Character.isLetter(latin.charAt(0)) ? 0 : Character.toLowerCase(latin.charAt(0));
	}

	/** The text folded for comparison: half-width forms, lower case. */
	public static String fold(String text) {
		return AnswerDocumentReader.normalize(text == null ? "" : text).toLowerCase(Locale.ROOT);
	}
}
