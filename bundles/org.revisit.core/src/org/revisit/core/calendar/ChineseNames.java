package org.revisit.core.calendar;

/** Traditional names of lunar months and days. */
final class ChineseNames {

	private static final String[] MONTHS = { "正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊" };
	private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private ChineseNames() {
	}

	static String month(int month) {
		return MONTHS[month - 1] + "月";
	}

	static String day(int day) {
		if (day <= 10) {
			return "初" + DIGITS[day];
		}
		if (day < 20) {
			return "十" + DIGITS[day - 10];
		}
		if (day == 20) {
			return "二十";
		}
		if (day < 30) {
			return "廿" + DIGITS[day - 20];
		}
		return "三十";
	}
}
