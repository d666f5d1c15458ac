package org.revisit.core.calendar;

import java.time.LocalDate;

/**
 * The days of solar terms (节气) in China time (UTC+8): a term begins at the moment the sun's apparent ecliptic
 * longitude reaches its multiple of 15°, and its day is the day of that moment in Beijing. Only 清明 (15°) is a
 * statutory holiday, so only it is offered.
 *
 * <p>
 * The sun's longitude comes from the low-accuracy solar formulas of J. Meeus, <i>Astronomical Algorithms</i>
 * (2nd ed., chapter 25: mean longitude, equation of the centre, nutation and aberration), good to about 0.01°, that
 * is a quarter of an hour of the sun's motion; ΔT from the Espenak–Meeus polynomials. A day is therefore right unless
 * the term begins within minutes of midnight. The tests check 清明 of every year 1901-2100 against a published table;
 * the closest call there is 2071 (清明 at 00:10 on 5 April). Against a high-precision computation the moments differ
 * by at most 13 minutes from 1901 to 2200, and only 2199 lands on the wrong day.
 */
public final class SolarTerms {

	/** Julian day of 1970-01-01 00:00 UT. */
	private static final double EPOCH_JD = 2440587.5;

	private SolarTerms() {
	}

	/** The day of the 清明 solar term (sun at 15°): 4 or 5 April in this century, some years 6 April in the last. */
	public static LocalDate qingming(int year) {
		return day(LocalDate.of(year, 4, 5), 15);
	}

	/** The China day on which the sun reaches {@code longitude}, searched from the day {@code near} it. */
	private static LocalDate day(LocalDate near, double longitude) {
		double jde = near.toEpochDay() + EPOCH_JD;
		for (int i = 0; i < 20; i++) {
			double behind = normalized(longitude - apparentLongitude(jde));
			jde += behind * 365.2422 / 360;
			if (Math.abs(behind) < 1e-7) {
				break;
			}
		}
		double ut = jde - deltaT(near.getYear() + (near.getMonthValue() - 0.5) / 12) / 86400;
		return LocalDate.ofEpochDay((long) Math.floor(ut - EPOCH_JD + 8.0 / 24));
	}

	/** The sun's apparent longitude in degrees, 0-360, at Julian ephemeris day {@code jde} (Meeus 25.2-25.8). */
	static double apparentLongitude(double jde) {
		double t = (jde - 2451545.0) / 36525;
		double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
		double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
		double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
				+ 0.000289 * Math.sin(3 * m);
		double omega = Math.toRadians(125.04 - 1934.136 * t);
		double apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
		return ((apparent % 360) + 360) % 360;
	}

	/** An angle in degrees brought into [-180, 180). */
	private static double normalized(double degrees) {
		return ((degrees + 180) % 360 + 360) % 360 - 180;
	}

	/** ΔT = TT - UT in seconds for a decimal year (Espenak and Meeus, NASA, 2006). */
	static double deltaT(double year) {
		if (year >= 1986 && year < 2005) {
			double t = year - 2000;
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
					+ 0.00002373599 * Math.pow(t, 5);
		}
		if (year >= 2005 && year < 2050) {
			double t = year - 2000;
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		double u = (year - 1820) / 100;
		if (year >= 2050 && year < 2150) {
			return -20 + 32 * u * u - 0.5628 * (2150 - year);
		}
		// The long-term parabola; before 1986 it is off by seconds, which a quarter-hour method does not notice.
		return -20 + 32 * u * u;
	}
}
