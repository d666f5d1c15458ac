package org.revisit.core.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The branches of a reply as the library editor shows them in one box: a branch starts with its condition in
 * parentheses at the start of a line ({@code (已找到解决办法) 我把办法告诉您。}, half- or full-width), and every
 * line after it up to the next such line is more of its reply (the steps of a branch reply keep their lines). The
 * editor writes such a continuation line indented, so that one that itself starts with a parenthesis
 * ({@code (注意)…}) stays in its branch; an indented line is always a continuation. Text before the first condition
 * is kept as a branch without condition, which the library's check refuses with a message, rather than dropped.
 * {@link #parse(String)} of {@link #format(List)} gives the branches back as they were (their condition and reply
 * stripped, as the library keeps them).
 */
public final class BranchText {

	private static final Pattern BRANCH = Pattern.compile("^[(\uFF08]([^)\uFF09]+)[)\uFF09]\\s*(.*)$"); //$NON-NLS-1$
	private static final String INDENT = "  "; //$NON-NLS-1$

	private BranchText() {
	}

	/** The branches as text, one a line, their replies' further lines indented under them. */
	public static String format(List<AnswerBranch> branches) {
		StringBuilder b = new StringBuilder();
		for (AnswerBranch br : branches) {
			if (!b.isEmpty()) {
				b.append('\n');
			}
			b.append('(').append(br.condition()).append(") "); //$NON-NLS-1$
			String[] lines = (br.reply() == null ? "" : br.reply()).split("\\R", -1); //$NON-NLS-1$ //$NON-NLS-2$
			b.append(lines[0]);
			for (int i = 1; i < lines.length; i++) {
				b.append('\n').append(lines[i].isEmpty() ? "" : INDENT).append(lines[i]); //$NON-NLS-1$
			}
		}
		return b.toString();
	}

	/** The branches the text holds (see the class). */
	public static List<AnswerBranch> parse(String text) {
		List<String> conditions = new ArrayList<>();
		List<StringBuilder> replies = new ArrayList<>();
		for (String line : text.split("\\R", -1)) { //$NON-NLS-1$
			boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
			Matcher m = BRANCH.matcher(line);
			if (!indented && m.matches()) {
				conditions.add(m.group(1).strip());
				replies.add(new StringBuilder(m.group(2).strip()));
			} else if (replies.isEmpty()) {
				if (!line.isBlank()) {
					conditions.add(""); //$NON-NLS-1$
					replies.add(new StringBuilder(line.strip()));
				}
			} else {
				replies.get(replies.size() - 1).append('\n').append(line.strip());
			}
		}
		List<AnswerBranch> result = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			result.add(new AnswerBranch(conditions.get(i), replies.get(i).toString().strip()));
		}
		return result;
	}
}
