package org.revisit.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Converts between Gregorian dates and Chinese lunar dates for lunar years {@value #MIN_YEAR}-{@value #MAX_YEAR}.
 *
 * <p>
 * The year shapes come from ICU4J's astronomical Chinese calendar, computed for China time (UTC+8), with the
 * corrections in {@code lunar-corrections.txt}: years where ICU puts a new moon close to midnight on the wrong
 * day or places a leap month wrongly, and both the published 1901-2099 table and an independent computation
 * agree with each other against ICU. The tests check every day from 1901 to 2099 against that table.
 *
 * <p>
 * Instances are immutable and thread-safe; each year is computed once, on first use.
 */
public final class LunarCalendar {

	public static final int MIN_YEAR = 1900;
	public static final int MAX_YEAR = 2200;

	private static final String CORRECTIONS = "lunar-corrections.txt";
	private static final LunarCalendar CHINA = new LunarCalendar(IcuLunarYears::compute, readCorrections());

	private final IntFunction<LunarYear> source;
	private final Map<Integer, LunarYear> corrections;
	private final AtomicReferenceArray<LunarYear> years = new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

	private LunarCalendar(IntFunction<LunarYear> source, Map<Integer, LunarYear> corrections) {
		this.source = source;
		this.corrections = Map.copyOf(corrections);
	}

	/** The Chinese calendar as used in mainland China (Purple Mountain Observatory rules, UTC+8). */
	public static LunarCalendar china() {
		return CHINA;
	}

	/** The years that differ from ICU4J's own answer (see the class comment), for diagnostics. */
	public Map<Integer, LunarYear> corrections() {
		return corrections;
	}

	/**
	 * The shape of a lunar year.
	 *
	 * @throws DateTimeException outside {@value #MIN_YEAR}-{@value #MAX_YEAR}
	 */
	public LunarYear year(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new DateTimeException(
					"Lunar year " + year + " is outside the supported range " + MIN_YEAR + "-" + MAX_YEAR);
		}
		LunarYear shape = years.get(year - MIN_YEAR);
		if (shape == null) {
			shape = corrections.get(year);
			if (shape == null) {
				shape = source.apply(year);
			}
			years.compareAndSet(year - MIN_YEAR, null, shape);
		}
		return shape;
	}

	/** The lunar date of a Gregorian date. */
	public LunarDate toLunar(LocalDate date) {
		LunarYear year = year(Math.min(Math.max(date.getYear(), MIN_YEAR), MAX_YEAR));
		long day = date.toEpochDay();
		if (!year.contains(day) && day < year.firstDay().toEpochDay() && year.year() > MIN_YEAR) {
			year = year(year.year() - 1);
		}
		if (!year.contains(day)) {
			throw new DateTimeException(date + " is outside the supported lunar years " + MIN_YEAR + "-" + MAX_YEAR);
		}
		return year.lunarDate(day);
	}

	/**
	 * The Gregorian date of a lunar date that exists.
	 *
	 * @throws DateTimeException if the year lacks that leap month or the month is shorter than the day
	 */
	public LocalDate toSolar(LunarDate date) {
		return year(date.year()).date(date.month(), date.leapMonth(), date.day());
	}

	/**
	 * The day on which a yearly lunar date (a birthday, a holiday) is kept in a given lunar year:
	 * <ul>
	 * <li>day 30 of a 29-day month is kept on the 29th, the month's last day;</li>
	 * <li>a leap-month date is kept in the leap month when the year repeats that month, otherwise in the regular
	 * month of the same number;</li>
	 * <li>a regular-month date is kept in the regular month only, never again in a leap month.</li>
	 * </ul>
	 */
	public LocalDate observed(int lunarYear, int month, boolean leapMonth, int day) {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new DateTimeException("Not a lunar month and day: " + month + "/" + day);
		}
		LunarYear year = year(lunarYear);
		boolean leap = leapMonth && year.leapMonth() == month;
		return year.date(month, leap, Math.min(day, year.monthLength(month, leap)));
	}

	private static Map<Integer, LunarYear> readCorrections() {
		Map<Integer, LunarYear> result = new HashMap<>();
		try (InputStream in = LunarCalendar.class.getResourceAsStream(CORRECTIONS)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + CORRECTIONS);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				try {
					LunarYear year = parseYear(text);
					result.put(year.year(), year);
				} catch (RuntimeException e) {
					throw new IllegalStateException(CORRECTIONS + ":" + number + ": " + e.getMessage(), e);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return result;
	}

	/** Parses the {@link LunarYear#toString()} form. */
	static LunarYear parseYear(String line) {
		String[] f = line.strip().split("\\s+");
		if (f.length < 15) {
			throw new IllegalArgumentException("expected: YEAR FIRST-DAY LEAP-MONTH and 12 or 13 month lengths");
		}
		int[] lengths = new int[f.length - 3];
		for (int i = 0; i < lengths.length; i++) {
			lengths[i] = Integer.parseInt(f[i + 3]);
		}
		return new LunarYear(Integer.parseInt(f[0]), LocalDate.parse(f[1]), Integer.parseInt(f[2]), lengths);
	}
}
