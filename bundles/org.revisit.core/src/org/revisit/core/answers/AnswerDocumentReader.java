package org.revisit.core.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.revisit.core.internal.Messages;

/**
 * Reads an answer library from a training document (plain text, one statement a line), in the layouts the
 * material uses, full-width and half-width punctuation alike:
 * <ul>
 * <li>{@code (一)服务延时} / {@code （一）…} / {@code 一、…} / {@code (I) Service delay}: a top category;</li>
 * <li>{@code 1.1、…} / {@code 1.2.3、…}: a category inside the one numbered by its first numbers ({@code 1.1、} inside
 * {@code 1、}, {@code 1.1.1、} inside {@code 1.1、}), as an export writes categories nested deeper than two levels;</li>
 * <li>{@code 1、热线服务延时} / {@code 1. Hotline delay}: a category inside the current top one; but inside a reply,
 * numbered lines that count up from 1 ({@code 请您按以下步骤：} / {@code 1、关机…} / {@code 2、…}) are steps of the
 * reply, each kept on a line of its own (the rule: {@code step});</li>
 * <li>{@code (1)客户：…} / {@code 客户:…} / {@code 用户：…} / {@code Customer: …}: what a customer says, starting an
 * entry;</li>
 * <li>{@code 受理人：…} / {@code 坐席：…} / {@code 客服：…} / {@code Agent: …}, or a line starting with {@code ：} whose
 * speaker is missing: the reply;</li>
 * <li>{@code (已找到解决办法)…} or {@code ①.(不挂电话)…}, {@code ②…}: a branch of the reply with its condition; the
 * condition may also come before the speaker ({@code (已找到解决办法)受理人：…}, {@code ①.(不挂电话)坐席：…},
 * {@code ②客服：…}), also as the first reply of an entry;</li>
 * <li>{@code [complaint: SERVICE_DELAY]}, {@code [tags: busy, returnVisit]}, {@code [language: en]},
 * {@code [id: …]}: the entry's details (after a heading: the defaults of the entries under it); written by
 * {@link AnswerDocumentWriter} so that an export reads back the same.</li>
 * </ul>
 * Every line not understood is reported with its number and left out; a customer line no reply follows is kept
 * and reported; a customer line without text ({@code 客户：}) takes the next line as its text, and is reported and
 * left out if none comes; a guess (a reply without speaker, a line without speaker after a reply, taken as more of it, a
 * heading without number or out of sequence) is kept and reported.
 */
public final class AnswerDocumentReader {

	private static final String CN_NUMBERS = "一二三四五六七八九十";
	private static final Pattern TOP = Pattern.compile("^\\(\\s*([" + CN_NUMBERS + "]*|[IVX]+)\\s*\\)\\s*(\\S.*)$");
	private static final Pattern TOP_COMMA = Pattern.compile("^([" + CN_NUMBERS + "]+)\\s*[、]\\s*(\\S.*)$");
	private static final Pattern DEEP = Pattern.compile("^(\\d{1,6}(?:\\.\\d{1,6})+)\\s*[、]\\s*(\\S.*)$");
	private static final Pattern SUB = Pattern.compile("^(\\d*)\\s*(?:[、]|\\.(?!\\d))\\s*(\\S.*)$");
	private static final Pattern CUSTOMER = Pattern.compile(
			"^(?:\\(\\s*\\d+\\s*\\)\\s*)?(客户|用户|顾客|customer|client)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
	private static final Pattern NUMBERED = Pattern.compile("^\\(\\s*\\d+\\s*\\)\\s*(\\S.*)$");
	private static final Pattern AGENT = Pattern.compile("^(受理人|坐席|客服|客服代表|agent|reply)\\s*:\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern NO_SPEAKER = Pattern.compile("^:\\s*(.*)$");
	private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*[.、]?\\s*(.*)$");
	private static final Pattern CONDITION = Pattern.compile("^\\(([^()]*[^\\d\\s()][^()]*)\\)\\s*(.*)$");
	private static final Pattern META = Pattern.compile("^\\[\\s*(complaint|tags|language|id)\\s*:\\s*(.*?)\\s*\\]$",
			Pattern.CASE_INSENSITIVE);

	private final List<CategoryBuilder> tops = new ArrayList<>();
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Set<String> ids = new HashSet<>();
	private CategoryBuilder top;
	private CategoryBuilder sub;
	/** The categories the next entry is in, outermost first: the top one, the one of {@code 1、}, then deeper ones. */
	private final List<CategoryBuilder> open = new ArrayList<>();
	private EntryBuilder entry;
	private BranchBuilder branch;
	private String[] lines = new String[0];
	private int lastTopNumber;
	private int lastSubNumber;
	/** The number of the last step ({@code 1、…}) of the reply being read, 0 before its first. */
	private int lastStep;
	private int entries;
	private int branches;

	private AnswerDocumentReader() {
	}

	/** Reads the document's text; nothing is stored. */
	public static ImportResult read(String text) {
		return read(text, new HashMap<>());
	}

	/**
	 * Reads the document's text, putting in {@code entryLines} the line number each entry (by id) starts at, so
	 * that a later refusal of an entry can name its line. A TAB is a separator: a line with TABs (a table saved
	 * as text, {@code 客户：A<TAB>受理人：B}) is read as its cells, each as a line of its own with the line's number.
	 */
	public static ImportResult read(String text, Map<String, Integer> entryLines) {
		AnswerDocumentReader reader = new AnswerDocumentReader();
		String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
		reader.lines = lines;
		for (int i = 0; i < lines.length; i++) {
			for (String cell : lines[i].split("\t")) {
				reader.line(i + 1, cell);
			}
		}
		reader.endEntry();
		List<AnswerCategory> categories = new ArrayList<>();
		for (CategoryBuilder c : reader.tops) {
			categories.add(c.build(entryLines));
		}
		return new ImportResult(categories, reader.entries, reader.branches, reader.problems, 0);
	}

	/** Reads a document of UTF-8 bytes (a byte order mark is skipped). */
	public static ImportResult read(byte[] utf8) {
		return read(new String(utf8, StandardCharsets.UTF_8));
	}

	/** Reads a document of UTF-8 bytes, putting in {@code entryLines} the line each entry starts at. */
	public static ImportResult read(byte[] utf8, Map<String, Integer> entryLines) {
		return read(new String(utf8, StandardCharsets.UTF_8), entryLines);
	}

	/** Full-width punctuation, digits, letters and spaces as their half-width forms, stripped. */
	static String normalize(String line) {
		return halfWidth(line).strip();
	}

	/** Full-width forms as half-width ones, character for character (so offsets stay); circled numbers are kept. */
	private static String halfWidth(String line) {
		StringBuilder b = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\u3000') {
				b.append(' ');
			} else if (c >= '\uFF01' && c <= '\uFF5E') {
				b.append((char) (c - 0xFEE0));
			} else if (c == '\u3010') {
				b.append('[');
			} else if (c == '\u3011') {
				b.append(']');
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/**
	 * A piece of a line: {@code norm} (half-width) is what the patterns match, {@code text} (as written) what is
	 * kept; both have the same length, so a group of a match on one is the same piece of the other.
	 */
	private record Piece(String norm, String text) {

		static Piece of(String raw) {
			String hw = halfWidth(raw);
			int b = 0;
			int e = hw.length();
			while (b < e && Character.isWhitespace(hw.charAt(b))) {
				b++;
			}
			while (e > b && Character.isWhitespace(hw.charAt(e - 1))) {
				e--;
			}
			return new Piece(hw.substring(b, e), raw.substring(b, e));
		}

		Matcher match(Pattern p) {
			return p.matcher(norm);
		}

		/** Group {@code i} of a match on this piece, as written ("" if it took no part). */
		Piece group(Matcher m, int i) {
			return m.start(i) < 0 ? new Piece("", "") : of(text.substring(m.start(i), m.end(i)));
		}

		String g(Matcher m, int i) {
			return group(m, i).text();
		}
	}

	private void line(int number, String raw) {
		Piece line = Piece.of(raw);
		if (line.norm().isEmpty() || line.norm().startsWith("#")) {
			return;
		}
		Matcher m;
		if ((m = line.match(META)).matches()) {
			meta(number, raw, m.group(1).toLowerCase(Locale.ROOT), line.g(m, 2));
		} else if ((m = line.match(CUSTOMER)).matches()) {
			startEntry(number, line.g(m, 2));
		} else if (entry != null && speakerBranch(line)) {
			// (条件)受理人：… read as a branch of the reply
		} else if ((m = line.match(AGENT)).matches()) {
			reply(number, raw, line.group(m, 2));
		} else if ((m = line.match(NO_SPEAKER)).matches()) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.NO_SPEAKER));
			reply(number, raw, line.group(m, 1));
		} else if (entry != null && !entry.replied && entry.customer.isEmpty() && !line.match(TOP).matches()
				&& !line.match(TOP_COMMA).matches()) {
			entry.customer.append(line.text());
		} else if ((m = line.match(TOP)).matches() || (m = line.match(TOP_COMMA)).matches()) {
			topHeading(number, raw, m.group(1), line.g(m, 2));
		} else if (entry != null && entry.replied && (m = line.match(CIRCLED)).matches()) {
			circled(line.g(m, 1), line.group(m, 2));
		} else if (entry != null && entry.replied && (m = line.match(CONDITION)).matches()) {
			startBranch(line.g(m, 1), line.g(m, 2));
		} else if ((m = line.match(DEEP)).matches()) {
			deepHeading(number, raw, m.group(1), line.g(m, 2));
		} else if ((m = line.match(SUB)).matches()) {
			if (entry != null && entry.replied && step(number, raw, m.group(1))) {
				StringBuilder target = branch != null ? branch.reply : entry.reply;
				target.append(target.isEmpty() ? "" : "\n").append(line.text());
			} else {
				subHeading(number, raw, m.group(1), line.g(m, 2));
			}
		} else if ((m = line.match(NUMBERED)).matches()) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.NUMBERED_NO_SPEAKER));
			startEntry(number, line.g(m, 1));
		} else if (entry != null && entry.replied) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.MORE_OF_REPLY));
			continueReply(line.text());
		} else {
			problems.add(new ImportProblem(number, ImportProblem.Kind.SKIPPED, raw.strip(),
					entry == null ? ImportProblem.Reason.NOT_UNDERSTOOD : ImportProblem.Reason.REPLY_EXPECTED));
		}
	}

	/**
	 * Whether a numbered line inside a reply ({@code 1、关机…} after {@code 受理人：…请您按以下步骤：}) is a step of
	 * that reply rather than a category heading. It is a step when it starts the reply's steps (number 1) or is
	 * the next one ({@code 2、} after {@code 1、}); any other number is a heading. A step that could also be the
	 * next category heading (its number is the next category's and what a customer says follows it) is taken as
	 * the heading and reported, unless the reply before it ends with a colon (it announces the steps). After the
	 * entry's details ({@code [id: …]}, as an export writes them) a numbered line is always a heading.
	 */
	private boolean step(int number, String raw, String digits) {
		int n = digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
		if (n == 0 || n != lastStep + 1 || entry.detailed) {
			return false;
		}
		StringBuilder target = branch != null ? branch.reply : entry.reply;
		boolean announced = n == 1 && !target.isEmpty()
				&& ":：".indexOf(target.charAt(target.length() - 1)) >= 0;
		if (!announced && n == lastSubNumber + 1 && entryFollows(number)) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.STEP_OR_HEADING, String.valueOf(n)));
			return false;
		}
		lastStep = n;
		return true;
	}

	/**
	 * Whether the next line that is not blank, a comment or a detail after line {@code number} starts an entry; an
	 * entry's id before it ({@code [id: …]}, which only an entry has) says the line is still in the entry.
	 */
	private boolean entryFollows(int number) {
		for (int i = number; i < lines.length; i++) {
			Piece next = Piece.of(lines[i]);
			Matcher meta = next.match(META);
			if (meta.matches() && meta.group(1).equalsIgnoreCase("id")) {
				return false;
			}
			if (next.norm().isEmpty() || next.norm().startsWith("#") || meta.matches()) {
				continue;
			}
			return next.match(CUSTOMER).matches() || next.match(NUMBERED).matches();
		}
		return false;
	}

	private void topHeading(int number, String raw, String numeral, String title) {
		endEntry();
		int n = numeral.isEmpty() ? 0 : numberOf(numeral);
		if (n == 0) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.HEADING_NO_NUMBER));
		} else if (lastTopNumber > 0 && n != lastTopNumber + 1) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.OUT_OF_SEQUENCE, String.valueOf(n),
					String.valueOf(lastTopNumber)));
		}
		lastTopNumber = n == 0 ? lastTopNumber + 1 : n;
		lastSubNumber = 0;
		top = new CategoryBuilder(title.strip(), null);
		tops.add(top);
		sub = null;
		open.clear();
		open.add(top);
	}

	private void subHeading(int number, String raw, String digits, String title) {
		endEntry();
		int n = digits.isEmpty() ? 0 : Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits);
		if (n == 0) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.HEADING_NO_NUMBER));
		} else if (lastSubNumber > 0 && n != lastSubNumber + 1) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.OUT_OF_SEQUENCE, String.valueOf(n),
					String.valueOf(lastSubNumber)));
		}
		lastSubNumber = n == 0 ? lastSubNumber + 1 : n;
		open.clear();
		if (top == null) {
			sub = new CategoryBuilder(title.strip(), null);
			tops.add(sub);
		} else {
			sub = new CategoryBuilder(title.strip(), top);
			top.children.add(sub);
			open.add(top);
		}
		open.add(sub);
	}

	/**
	 * A heading {@code 1.2、…}: a category inside the open one of the level above ({@code 1、…} for {@code 1.2、},
	 * {@code 1.2、…} for {@code 1.2.3、}); with no such level open it goes inside the deepest one, reported.
	 */
	private void deepHeading(int number, String raw, String numbers, String title) {
		endEntry();
		int level = numbers.split("\\.").length; // the index in open of the parent: 1 (the 1、 one) for 1.2 //$NON-NLS-1$
		CategoryBuilder parent;
		if (open.size() >= level) {
			parent = open.get(level - 1);
		} else if (!open.isEmpty()) {
			parent = open.get(open.size() - 1);
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.OUT_OF_SEQUENCE, numbers, numbers.substring(0, numbers.lastIndexOf('.'))));
		} else {
			parent = null;
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, raw.strip(),
					ImportProblem.Reason.HEADING_NO_NUMBER));
		}
		CategoryBuilder deep = new CategoryBuilder(title.strip(), parent);
		if (parent == null) {
			tops.add(deep);
			top = deep;
		} else {
			parent.children.add(deep);
			open.subList(open.indexOf(parent) + 1, open.size()).clear();
		}
		open.add(deep);
		sub = deep;
	}

	/**
	 * A branch whose condition comes before the speaker: {@code (已找到解决办法)受理人：…}, {@code ①.(不挂电话)坐席：…}
	 * or {@code ②客服：…}; false (nothing read) if the line is not one.
	 */
	private boolean speakerBranch(Piece line) {
		String condition;
		Piece rest;
		Matcher m = line.match(CIRCLED);
		if (m.matches()) {
			Piece after = line.group(m, 2);
			Matcher c = after.match(CONDITION);
			if (c.matches() && after.group(c, 2).match(AGENT).matches()) {
				condition = line.g(m, 1) + " " + after.g(c, 1); //$NON-NLS-1$
				rest = after.group(c, 2);
			} else if (after.match(AGENT).matches()) {
				condition = line.g(m, 1);
				rest = after;
			} else {
				return false;
			}
		} else if ((m = line.match(CONDITION)).matches() && line.group(m, 2).match(AGENT).matches()) {
			condition = line.g(m, 1);
			rest = line.group(m, 2);
		} else {
			return false;
		}
		Matcher speaker = rest.match(AGENT);
		speaker.matches();
		entry.replied = true;
		startBranch(condition, rest.g(speaker, 2));
		return true;
	}

	private void startEntry(int number, String customer) {
		endEntry();
		CategoryBuilder home = sub != null ? sub : top;
		if (home == null) {
			home = new CategoryBuilder(Messages.AnswerImport_unfiledTitle, null);
			tops.add(home);
			top = home;
			problems.add(new ImportProblem(number, ImportProblem.Kind.GUESSED, customer,
					ImportProblem.Reason.UNFILED, home.title));
		}
		entry = new EntryBuilder(number, home);
		entry.customer.append(customer.strip());
	}

	private void reply(int number, String raw, Piece text) {
		if (entry == null) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.SKIPPED, raw.strip(),
					ImportProblem.Reason.REPLY_WITHOUT_CUSTOMER));
			return;
		}
		if (entry.replied && (!entry.reply.isEmpty() || !entry.branches.isEmpty())) {
			entry.reply.append(entry.reply.isEmpty() ? "" : "\n");
		}
		entry.replied = true;
		branch = null;
		lastStep = 0;
		Matcher m;
		if ((m = text.match(CIRCLED)).matches()) {
			circled(text.g(m, 1), text.group(m, 2));
		} else if ((m = text.match(CONDITION)).matches()) {
			startBranch(text.g(m, 1), text.g(m, 2));
		} else {
			join(entry.reply, text.text());
		}
	}

	private void circled(String digit, Piece rest) {
		Matcher m = rest.match(CONDITION);
		if (m.matches()) {
			startBranch(digit + " " + rest.g(m, 1), rest.g(m, 2));
		} else {
			startBranch(digit, rest.text());
		}
	}

	private void startBranch(String condition, String text) {
		branch = new BranchBuilder(condition);
		lastStep = 0;
		join(branch.reply, text.strip());
		entry.branches.add(branch);
	}

	private void continueReply(String line) {
		join(branch != null ? branch.reply : entry.reply, line);
	}

	private void meta(int number, String raw, String key, String value) {
		Details target = entry != null ? entry.details : sub != null ? sub.details : top != null ? top.details : null;
		if (entry != null) {
			entry.detailed = true;
		}
		if (target == null) {
			problems.add(new ImportProblem(number, ImportProblem.Kind.SKIPPED, raw.strip(),
					ImportProblem.Reason.DETAILS_BEFORE_CATEGORY));
			return;
		}
		switch (key) {
		case "complaint" -> target.complaint = value.isBlank() ? null : normalize(value).toUpperCase(Locale.ROOT);
		case "tags" -> {
			target.tags = new ArrayList<>();
			for (String tag : value.split("[,，;；]")) {
				if (!tag.isBlank()) {
					target.tags.add(tag.strip());
				}
			}
		}
		case "language" -> target.language = normalize(value).toLowerCase(Locale.ROOT);
		default -> {
			if (entry == null) {
				problems.add(new ImportProblem(number, ImportProblem.Kind.SKIPPED, raw.strip(),
						ImportProblem.Reason.ID_OUTSIDE_ENTRY));
			} else {
				entry.id = value.strip();
			}
		}
		}
	}

	private void endEntry() {
		if (entry == null) {
			return;
		}
		if (entry.customer.isEmpty()) {
			problems.add(new ImportProblem(entry.line, ImportProblem.Kind.SKIPPED, lines[entry.line - 1].strip(),
					ImportProblem.Reason.CUSTOMER_EMPTY));
			entry = null;
			branch = null;
			return;
		}
		if (!entry.replied || entry.reply.isEmpty() && entry.branches.isEmpty()) {
			problems.add(new ImportProblem(entry.line, ImportProblem.Kind.NO_REPLY, entry.customer.toString(),
					ImportProblem.Reason.NO_REPLY));
		}
		entry.home.entries.add(entry);
		entries++;
		branches += entry.branches.size();
		entry = null;
		branch = null;
	}

	/** Appends a wrapped line, with a space between words of a Latin script and none between Chinese. */
	private static void join(StringBuilder b, String text) {
		if (text.isEmpty()) {
			return;
		}
		if (!b.isEmpty() && b.charAt(b.length() - 1) != '\n' && (latin(b.charAt(b.length() - 1)) || latin(text.charAt(0)))) {
			b.append(' ');
		}
		b.append(text);
	}

	private static boolean latin(char c) {
		return c < 0x2E80;
	}

	/** 一 to 九十九, or a Roman number up to XXXIX. */
	static int numberOf(String numeral) {
		if (numeral.matches("[IVX]+")) {
			int total = 0;
			for (int i = 0; i < numeral.length(); i++) {
				int v = switch (numeral.charAt(i)) {
				case 'I' -> 1;
				case 'V' -> 5;
				default -> 10;
				};
				int next = i + 1 < numeral.length() ? switch (numeral.charAt(i + 1)) {
				case 'I' -> 1;
				case 'V' -> 5;
				default -> 10;
				} : 0;
				total += v < next ? -v : v;
			}
			return total;
		}
		int ten = numeral.indexOf('十');
		if (ten < 0) {
			return CN_NUMBERS.indexOf(numeral.charAt(0)) + 1;
		}
		int tens = ten == 0 ? 1 : CN_NUMBERS.indexOf(numeral.charAt(0)) + 1;
		int units = ten == numeral.length() - 1 ? 0 : CN_NUMBERS.indexOf(numeral.charAt(ten + 1)) + 1;
		return tens * 10 + units;
	}

	/** Details given on a heading (defaults) or an entry. */
	private static final class Details {
		String complaint;
		List<String> tags;
		String language;
	}

	private final class CategoryBuilder {
		final String title;
		final CategoryBuilder parent;
		final Details details = new Details();
		final List<CategoryBuilder> children = new ArrayList<>();
		final List<EntryBuilder> entries = new ArrayList<>();

		CategoryBuilder(String title, CategoryBuilder parent) {
			this.title = title;
			this.parent = parent;
		}

		String path() {
			return parent == null ? title : parent.path() + "/" + title;
		}

		<T> T inherited(java.util.function.Function<Details, T> field) {
			T own = field.apply(details);
			return own != null || parent == null ? own : parent.inherited(field);
		}

		AnswerCategory build(Map<String, Integer> entryLines) {
			List<AnswerEntry> built = new ArrayList<>();
			for (EntryBuilder e : entries) {
				AnswerEntry b = e.build(this);
				entryLines.put(b.id(), e.line);
				built.add(b);
			}
			List<AnswerCategory> kids = new ArrayList<>();
			for (CategoryBuilder c : children) {
				kids.add(c.build(entryLines));
			}
			return new AnswerCategory(unique("c", path()), title, kids, built);
		}
	}

	private final class EntryBuilder {
		final int line;
		final CategoryBuilder home;
		final StringBuilder customer = new StringBuilder();
		final StringBuilder reply = new StringBuilder();
		final List<BranchBuilder> branches = new ArrayList<>();
		final Details details = new Details();
		boolean replied;
		/** Whether details ({@code [tags: …]}...) followed the entry: a numbered line after them is no step. */
		boolean detailed;
		String id;

		EntryBuilder(int line, CategoryBuilder home) {
			this.line = line;
			this.home = home;
		}

		AnswerEntry build(CategoryBuilder category) {
			String text = customer.toString();
			List<AnswerBranch> bs = new ArrayList<>();
			for (BranchBuilder b : branches) {
				bs.add(new AnswerBranch(b.condition, b.reply.toString()));
			}
			String complaint = details.complaint != null ? details.complaint : category.inherited(d -> d.complaint);
			List<String> tags = details.tags != null ? details.tags : category.inherited(d -> d.tags);
			String language = details.language != null ? details.language : category.inherited(d -> d.language);
			if (language == null) {
				language = AnswerText.hasHan(text + reply) ? "zh" : "en";
			}
			String entryId = id != null && ids.add(id) ? id : unique("e", category.path() + "|" + text);
			return new AnswerEntry(entryId, text, reply.toString().strip(), bs, tags, complaint, language);
		}
	}

	private static final class BranchBuilder {
		final String condition;
		final StringBuilder reply = new StringBuilder();

		BranchBuilder(String condition) {
			this.condition = condition;
		}
	}

	/** An id made from the text, the same each time the same document is read; unique within the document. */
	private String unique(String prefix, String text) {
		String base = prefix + hash(text);
		String id = base;
		for (int i = 2; !ids.add(id); i++) {
			id = base + "-" + i;
		}
		return id;
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 5);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
