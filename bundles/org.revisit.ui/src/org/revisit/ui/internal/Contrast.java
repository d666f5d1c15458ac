package org.revisit.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The contrast of text with its background as WCAG 2 measures it, so that colours taken from the theme are used
 * only where they stay readable (a light theme's dark red is unreadable on a dark theme's rows).
 */
public final class Contrast {

	/** The least contrast WCAG 2 (level AA) asks of normal text. */
	public static final double MINIMUM = 4.5;

	private Contrast() {
	}

	/** From 1 (the same colour) to 21 (black on white). */
	public static double ratio(RGB a, RGB b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	public static double ratio(Color a, Color b) {
		return ratio(a.getRGB(), b.getRGB());
	}

	/** Whether text in {@code text} reads on {@code background}. */
	public static boolean readable(Color text, Color background) {
		return text != null && background != null && ratio(text, background) >= MINIMUM;
	}

	/** The first of {@code candidates} that reads on {@code background}, or null. */
	public static Color firstReadable(Color background, Color... candidates) {
		for (Color c : candidates) {
			if (readable(c, background)) {
				return c;
			}
		}
		return null;
	}

	/** {@code share} (0 to 1) of {@code tint} laid over {@code base}. */
	public static RGB blend(RGB base, RGB tint, double share) {
		return new RGB(mix(base.red, tint.red, share), mix(base.green, tint.green, share),
				mix(base.blue, tint.blue, share));
	}

	private static int mix(int base, int tint, double share) {
		return (int) Math.round(base + (tint - base) * share);
	}

	/** The relative luminance of WCAG 2, from 0 (black) to 1 (white). */
	static double luminance(RGB c) {
		return 0.2126 * linear(c.red) + 0.7152 * linear(c.green) + 0.0722 * linear(c.blue);
	}

	private static double linear(int channel) {
		double s = channel / 255.0;
		return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
	}
}
