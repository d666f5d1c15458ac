package org.revisit.core.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The mobile numbers an import has seen, for duplicate checks without a query per row: the numbers already
 * stored (loaded with one query) and those of the file's valid rows so far, with the row's name and line.
 * Numbers are kept as longs in an open-addressing table, so a million of them take tens of megabytes, not
 * hundreds.
 */
final class MobileIndex {

	/** The "line" of a number that is stored in the database. */
	static final long STORED = -1;
	/** What {@link #check} returns for a number not seen before. */
	static final long NEW = 0;

	private static final long EMPTY = Long.MIN_VALUE;

	private long[] keys;
	private long[] names;
	private long[] lines;
	private int size;
	/** Rows whose number an earlier row with another name has: "name\0number" to line. Rare. */
	private final Map<String, Long> sameNumberOtherName = new HashMap<>();

	MobileIndex() {
		allocate(1 << 12);
	}

	/** Adds a number that is stored in the database. */
	void addStored(String number) {
		long key = key(number);
		if (key != EMPTY) {
			int slot = slot(key);
			if (keys[slot] == EMPTY) {
				put(slot, key, 0, STORED);
			} else {
				lines[slot] = STORED;
			}
		}
	}

	/**
	 * Checks and records the row's number: {@link #NEW} if it is new, {@link #STORED} if a stored contact has it,
	 * or the line of an earlier row with the same name and number.
	 */
	long check(String number, String name, long line) {
		long key = key(number);
		if (key == EMPTY) {
			return NEW;
		}
		int slot = slot(key);
		if (keys[slot] == EMPTY) {
			put(slot, key, hash(name), line);
			return NEW;
		}
		if (lines[slot] == STORED) {
			return STORED;
		}
		if (names[slot] == hash(name)) {
			return lines[slot];
		}
		Long earlier = sameNumberOtherName.putIfAbsent(name + '\0' + key, line);
		return earlier == null ? NEW : earlier;
	}

	/**
	 * The number as a long: its digits, without the country code 86 if written as +86 or 0086. Numbers too long
	 * for a long are hashed into a range real numbers cannot reach.
	 */
	static long key(String number) {
		if (number == null || number.isEmpty()) {
			return EMPTY;
		}
		long value = 0;
		int digits = 0;
		for (int i = 0; i < number.length(); i++) {
			char ch = number.charAt(i);
			if (ch >= '0' && ch <= '9') {
				digits++;
				value = value * 10 + (ch - '0');
				if (digits > 18) {
					return (number.replaceAll("\\D", "").hashCode() & 0xffffffffL) | (1L << 62);
				}
			}
		}
		if (digits == 0) {
			return EMPTY;
		}
		String s = number.strip();
		if ((s.startsWith("+86") || s.startsWith("0086")) && digits > 2) {
			value %= pow10(digits - (s.startsWith("+") ? 2 : 4));
		} else if (digits == 13 && value / 100_000_000_000L == 86 && value / 10_000_000_000L % 10 == 1) {
			// 86 and an 11-digit mobile: the import stores mobiles without this prefix
			value %= 100_000_000_000L;
		}
		return value;
	}

	private static long pow10(int n) {
		long p = 1;
		for (int i = 0; i < n; i++) {
			p *= 10;
		}
		return p;
	}

	private static long hash(String name) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < name.length(); i++) {
			h = (h ^ name.charAt(i)) * 0x100000001b3L;
		}
		return h;
	}

	private int slot(long key) {
		int mask = keys.length - 1;
		int i = (int) (mix(key) & mask);
		while (keys[i] != EMPTY && keys[i] != key) {
			i = (i + 1) & mask;
		}
		return i;
	}

	private static long mix(long k) {
		k ^= k >>> 33;
		k *= 0xff51afd7ed558ccdL;
		k ^= k >>> 33;
		return k;
	}

	private void put(int slot, long key, long name, long line) {
		keys[slot] = key;
		names[slot] = name;
		lines[slot] = line;
		if (++size * 2 > keys.length) {
			long[] oldKeys = keys;
			long[] oldNames = names;
			long[] oldLines = lines;
			allocate(keys.length * 2);
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldKeys[i] != EMPTY) {
					int s = slot(oldKeys[i]);
					keys[s] = oldKeys[i];
					names[s] = oldNames[i];
					lines[s] = oldLines[i];
				}
			}
		}
	}

	private void allocate(int capacity) {
		keys = new long[capacity];
		Arrays.fill(keys, EMPTY);
		names = new long[capacity];
		lines = new long[capacity];
	}
}
