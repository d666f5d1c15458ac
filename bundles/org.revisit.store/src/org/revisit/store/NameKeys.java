package org.revisit.store;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * The sort key of a contact's name, stored in {@code contact.name_key}: Chinese characters in pinyin without tones
 * (陈 "chen", 李 "li", 王 "wang"), other letters without accents, all in lower case, so that sorting the keys in
 * the database puts Chinese and Latin names in one alphabetical order. Each character is transliterated once
 * (ICU's {@code Han-Latin; Latin-ASCII}) and remembered: a whole-name transliteration costs about a hundred times
 * more, too much for an import of a million contacts.
 */
public final class NameKeys {

	/** The length of column {@code contact.name_key}; longer keys are cut. */
	public static final int MAX_LENGTH = 200;

	private static final Transliterator TO_ASCII = Transliterator.getInstance("Han-Latin; Latin-ASCII");

	private static final ConcurrentHashMap<Integer, String> BY_CODE_POINT = new ConcurrentHashMap<>();

	private NameKeys() {
	}

	/** The sort key of {@code name} ({@code null}: the empty key). */
	public static String of(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder key = new StringBuilder(name.length() * 4);
		name.codePoints().forEach(cp -> {
			if (UScript.getScript(cp) == UScript.HAN) {
				if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
					key.append(' ');
				}
				key.append(ascii(cp)).append(' ');
			} else if (Character.isWhitespace(cp)) {
				if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
					key.append(' ');
				}
			} else if (cp < 0x80) {
				key.append(Character.toLowerCase((char) cp));
			} else {
				key.append(ascii(cp));
			}
		});
		String result = key.toString().strip();
		return result.length() <= MAX_LENGTH ? result : result.substring(0, MAX_LENGTH);
	}

	private static String ascii(int cp) {
		return BY_CODE_POINT.computeIfAbsent(cp, k -> {
			String text;
			synchronized (TO_ASCII) {
				text = TO_ASCII.transliterate(new String(Character.toChars(k)));
			}
			return text.strip().toLowerCase(Locale.ROOT);
		});
	}
}
