package org.revisit.core.answers;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a library in the layout {@link AnswerDocumentReader} reads: {@code (一)} headings for the top categories,
 * {@code 1、} for the ones inside, {@code 1.1、}, {@code 1.1.1、}... for deeper ones, numbered customer
 * lines, the reply and its branches, and the entry's details in brackets, so that an export imports again as it
 * was. English entries are written with English speakers ("Customer:", "Agent:").
 */
public final class AnswerDocumentWriter {

	private static final Pattern STEP = Pattern.compile("^(\\d{1,6})\\s*(?:[、]|\\.(?!\\d)).*$");
	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private AnswerDocumentWriter() {
	}

	public static String write(AnswerLibrary library) {
		StringBuilder b = new StringBuilder();
		int n = 0;
		for (AnswerCategory top : library.categories()) {
			n++;
			b.append('(').append(numeral(n)).append(')').append(oneLine(top.title())).append('\n');
			entries(b, top.entries());
			int sub = 0;
			for (AnswerCategory child : top.children()) {
				inside(b, child, String.valueOf(++sub));
			}
			b.append('\n');
		}
		return b.toString();
	}

	/** A category inside another, numbered {@code 2} or {@code 2.1}, {@code 2.1.3} deeper, and those inside it. */
	private static void inside(StringBuilder b, AnswerCategory c, String number) {
		b.append(number).append('、').append(oneLine(c.title())).append('\n');
		entries(b, c.entries());
		int n = 0;
		for (AnswerCategory child : c.children()) {
			inside(b, child, number + "." + ++n);
		}
	}

	private static void entries(StringBuilder b, List<AnswerEntry> entries) {
		int n = 0;
		for (AnswerEntry e : entries) {
			n++;
			boolean en = "en".equals(e.language());
			b.append('(').append(n).append(')').append(en ? "Customer: " : "客户：").append(oneLine(e.customer()))
					.append('\n');
			if (!e.unanswered()) {
				b.append(en ? "Agent: " : "受理人：").append(withSteps(e.reply())).append('\n');
				for (AnswerBranch br : e.branches()) {
					b.append('(').append(oneLine(br.condition()).replace('(', '[').replace(')', ']')).append(')')
							.append(withSteps(br.reply())).append('\n');
				}
			}
			if (e.complaintCategory() != null) {
				b.append("[complaint: ").append(e.complaintCategory()).append("]\n");
			}
			b.append("[tags: ").append(String.join(", ", e.tags())).append("]\n");
			b.append("[language: ").append(e.language()).append("]\n");
			b.append("[id: ").append(e.id()).append("]\n");
		}
	}

	private static String numeral(int n) {
		if (n <= 10) {
			return NUMERALS[n - 1];
		}
		return (n / 10 > 1 ? NUMERALS[n / 10 - 1] : "") + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10 - 1]);
	}

	/**
	 * A reply on one line, but its steps (lines {@code 1、…}, {@code 2、…} counting up from 1) each on a line of its
	 * own, as the reader reads them back; any other line break becomes a space.
	 */
	private static String withSteps(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder();
		int next = 1;
		for (String line : text.split("\\R")) {
			String part = oneLine(line);
			Matcher m = STEP.matcher(part);
			if (b.length() > 0 && m.matches() && Integer.parseInt(m.group(1)) == next) {
				b.append('\n').append(part);
				next++;
			} else if (!part.isEmpty()) {
				b.append(b.length() == 0 ? "" : " ").append(part);
			}
		}
		return b.toString();
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
