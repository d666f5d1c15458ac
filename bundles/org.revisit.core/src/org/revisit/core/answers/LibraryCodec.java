package org.revisit.core.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a library is kept in the database: one record a line, fields separated by tabs, tabs, line breaks and
 * backslashes escaped; {@code C depth id title} a category (depth 0 at the top), {@code E id language complaint
 * tags customer reply} an entry of the last category, {@code B condition reply} a branch of the last entry. Exact
 * (unlike the document layout, which is for people).
 */
public final class LibraryCodec {

	private LibraryCodec() {
	}

	public static String write(AnswerLibrary library) {
		StringBuilder b = new StringBuilder();
		for (AnswerCategory c : library.categories()) {
			write(b, c, 0);
		}
		return b.toString();
	}

	private static void write(StringBuilder b, AnswerCategory c, int depth) {
		record(b, "C", String.valueOf(depth), c.id(), c.title());
		for (AnswerEntry e : c.entries()) {
			record(b, "E", e.id(), e.language(), e.complaintCategory(), String.join(",", e.tags()), e.customer(), e.reply());
			for (AnswerBranch br : e.branches()) {
				record(b, "B", br.condition(), br.reply());
			}
		}
		for (AnswerCategory child : c.children()) {
			write(b, child, depth + 1);
		}
	}

	private static void record(StringBuilder b, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				b.append('\t');
			}
			String f = fields[i] == null ? "" : fields[i];
			b.append(f.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n"));
		}
		b.append('\n');
	}

	/** The library written by {@link #write}, at the given version. */
	public static AnswerLibrary read(String text, int version) {
		List<MutableCategory> tops = new ArrayList<>();
		List<MutableCategory> stack = new ArrayList<>();
		MutableEntry entry = null;
		for (String line : text.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			String[] f = Arrays.stream(line.split("\t", -1)).map(LibraryCodec::unescape).toArray(String[]::new);
			switch (f[0]) {
			case "C" -> {
				int depth = Math.min(Integer.parseInt(f[1]), stack.size());
				MutableCategory c = new MutableCategory(f[2], f[3]);
				while (stack.size() > depth) {
					stack.remove(stack.size() - 1);
				}
				if (stack.isEmpty()) {
					tops.add(c);
				} else {
					stack.get(stack.size() - 1).children.add(c);
				}
				stack.add(c);
				entry = null;
			}
			case "E" -> {
				List<String> tags = f[4].isEmpty() ? List.of() : List.of(f[4].split(","));
				entry = new MutableEntry(f[1], f[2], f[3].isEmpty() ? null : f[3], tags, f[5], f[6]);
				stack.get(stack.size() - 1).entries.add(entry);
			}
			case "B" -> entry.branches.add(new AnswerBranch(f[1], f[2]));
			default -> throw new IllegalArgumentException("not a library record: " + f[0]);
			}
		}
		return new AnswerLibrary(version, tops.stream().map(MutableCategory::build).toList());
	}

	private static String unescape(String s) {
		if (s.indexOf('\\') < 0) {
			return s;
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char n = s.charAt(++i);
				b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	private record MutableEntry(String id, String language, String complaint, List<String> tags, String customer,
			String reply, List<AnswerBranch> branches) {
		MutableEntry(String id, String language, String complaint, List<String> tags, String customer, String reply) {
			this(id, language, complaint, tags, customer, reply, new ArrayList<>());
		}

		AnswerEntry build() {
			return new AnswerEntry(id, customer, reply, branches, tags, complaint, language);
		}
	}

	private record MutableCategory(String id, String title, List<MutableCategory> children, List<MutableEntry> entries) {
		MutableCategory(String id, String title) {
			this(id, title, new ArrayList<>(), new ArrayList<>());
		}

		AnswerCategory build() {
			return new AnswerCategory(id, title, children.stream().map(MutableCategory::build).toList(),
					entries.stream().map(MutableEntry::build).toList());
		}
	}
}
