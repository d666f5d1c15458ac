package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts differ in (two versions of a script as {@link ScriptWriter} writes them): the longest run of
 * common lines is kept, the others are removed or added. Scripts are a few hundred lines at most, so the plain
 * quadratic table is fine; longer texts are compared line by line.
 */
public final class LineDiff {

	/** What happened to a line. */
	public enum Change {
		SAME, REMOVED, ADDED
	}

	/** One line of the comparison, with its number in the old and in the new text (0 where it has none). */
	public record Line(Change change, int oldLine, int newLine, String text) {
	}

	private static final int LIMIT = 5_000;

	private LineDiff() {
	}

	public static List<Line> compare(String oldText, String newText) {
		String[] a = lines(oldText);
		String[] b = lines(newText);
		if (a.length > LIMIT || b.length > LIMIT) {
			return plain(a, b);
		}
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> result = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				result.add(new Line(Change.SAME, i + 1, j + 1, a[i]));
				i++;
				j++;
			} else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
				result.add(new Line(Change.REMOVED, i + 1, 0, a[i]));
				i++;
			} else {
				result.add(new Line(Change.ADDED, 0, j + 1, b[j]));
				j++;
			}
		}
		return result;
	}

	/** Whether the texts have the same lines. */
	public static boolean same(List<Line> diff) {
		return diff.stream().allMatch(l -> l.change() == Change.SAME);
	}

	private static List<Line> plain(String[] a, String[] b) {
		List<Line> result = new ArrayList<>();
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			if (i < a.length && i < b.length && a[i].equals(b[i])) {
				result.add(new Line(Change.SAME, i + 1, i + 1, a[i]));
				continue;
			}
			if (i < a.length) {
				result.add(new Line(Change.REMOVED, i + 1, 0, a[i]));
			}
			if (i < b.length) {
				result.add(new Line(Change.ADDED, 0, i + 1, b[i]));
			}
		}
		return result;
	}

	private static String[] lines(String text) {
		if (text == null || text.isEmpty()) {
			return new String[0];
		}
		String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
		return t.split("\\R", -1);
	}
}
