package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.GoToStep;
import org.revisit.model.Instruction;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * Reads call scripts written the way training material writes them: an optional title line, then numbered
 * steps ({@code 3、"..."}, {@code 3. "..."}, {@code 第3步：...}), each followed by answer lines
 * ({@code 是,转4}, {@code 否，记录具体情况，转4}, {@code no, record the reason, go to 4}). A document may hold
 * several scripts, each headed by its title: a line directly followed by a step numbered 1, or a numbered
 * heading ({@code 二、首访}, {@code (一)热线服务监督话术}), even one glued to the end of the previous step's line.
 * Full-width and half-width punctuation are both accepted. A step may have no answer lines (it is said and the
 * call goes on) and an answer need not name where the call goes (it goes on with the next step). Every line
 * that is not understood is reported with its number; the rest is still read.
 */
public final class ScriptReader {

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;

	private static final Pattern STEP = Pattern.compile(
			"(?:(\\d{1,4})\\s*[、.．:：)）]|第\\s*(\\d{1,4})\\s*步\\s*[、.．:：]?|(?i:step)\\s*(\\d{1,4})\\s*[.．:：)]?)\\s*(.*)");
	private static final Pattern BULLET = Pattern.compile("^(?:[-•·*●○▪►]|[a-zA-Z][).）]\\s)\\s*");
	private static final Pattern ANSWER_PREFIX = Pattern.compile(
			"^(?:(?:答|回答|客户回答|客户答|选择)\\s*[:：]|(?i:answer)\\s*[:：])\\s*");
	/** A condition before the answer: 如果不在, 若不满意, 如有, if absent, in case of... */
	private static final Pattern CONDITION = Pattern.compile(
			"^(?:如果|假如|倘若|要是|若是|如若|若|如(?![何此今意实同下上])|(?i:if|when|in\\s+case(?:\\s+of)?)\\s+)\\s*");
	private static final String CHINESE_NUMERAL = "[一二三四五六七八九十百]+";
	/** 二、首访  (一)热线服务监督话术  （二）现场服务监督话术  第三部分 回访  # Title */
	private static final String HEADING_MARK = "(?:" + CHINESE_NUMERAL + "\\s*[、.．]|[(（]\\s*" + CHINESE_NUMERAL
			+ "\\s*[)）]|第\\s*(?:" + CHINESE_NUMERAL + "|\\d{1,3})\\s*(?:章|节|部分|篇)(?:\\s*[、.．:：])?|#+)";
	private static final Pattern HEADING = Pattern.compile(HEADING_MARK + "\\s*[^\\s\"“”「」].*");
	/** A heading glued after the closing quote or the last sentence of a step: …再见！”(三)培训质量监督话术 */
	private static final Pattern GLUED_HEADING = Pattern.compile("(?<=[\"”」』。！？!?])\\s*(" + HEADING_MARK
			+ "\\s*[^\\s\"“”「」『』][^\"“”「」『』]*)$");
	private static final Pattern TITLE_DECORATION = Pattern.compile("^(?:" + HEADING_MARK
			+ "\\s*|(?:话术|标题|(?i:script|title))\\s*[:：]\\s*)");
	static final String SEPARATORS = ",，;；:：、";
	/** What ends a condition written before the answer: 如果不在的话, 若客户不满意时, 不在则... */
	private static final Pattern CONDITION_END = Pattern.compile("(?:的话|时)?(?:则|就)?$");
	private static final Pattern THEN = Pattern.compile("(?:则|就)$");
	private static final String OPENING_QUOTES = "\"“「『";
	private static final String CLOSING_QUOTES = "\"”」』";

	private ScriptReader() {
	}

	/**
	 * Reads {@code text}. Scripts without a title line get {@code defaultTitle} (numbered when there are
	 * several).
	 */
	public static ImportResult read(String text, String defaultTitle) {
		ImportResult result = new ImportResult();
		String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
		Script script = null;
		Step step = null;
		String pendingTitle = null;
		int pendingTitleLine = 0;
		int untitled = 0;
		for (int i = 0; i < lines.length; i++) {
			int lineNo = i + 1;
			String line = clean(lines[i]);
			if (line.isEmpty() || line.startsWith("//")) {
				continue;
			}
			// full-width digits map one to one, so offsets into the line stay valid
			Matcher sm = STEP.matcher(asciiDigits(line));
			if (sm.matches()) {
				int number = Integer.parseInt(firstNonNull(sm.group(1), sm.group(2), sm.group(3)));
				String words = line.substring(sm.start(4)).strip();
				// the words may start on the next line
				if (words.isEmpty() && i + 1 < lines.length && startsWithQuote(clean(lines[i + 1]))) {
					words = clean(lines[++i]);
				}
				// an utterance whose closing quote is on a later line continues there
				while (opensWithoutClosing(words) && i + 1 < lines.length
						&& !STEP.matcher(asciiDigits(clean(lines[i + 1]))).matches()) {
					String more = clean(lines[++i]);
					words = words + (isChinese(words + more) ? "" : " ") + more;
				}
				String glued = null;
				Matcher gm = GLUED_HEADING.matcher(words);
				if (gm.find() && outsideQuotes(words, gm.start(1))) {
					glued = gm.group(1);
					words = words.substring(0, gm.start()).strip();
				}
				if (pendingTitle != null || script == null || number == 1 && !script.getSteps().isEmpty()) {
					String title = pendingTitle;
					if (title == null || title.isEmpty()) { // "四、" alone numbers a script without naming it
						untitled++;
						title = untitled == 1 ? defaultTitle : defaultTitle + " (" + untitled + ")";
					}
					script = newScript(result, title, pendingTitle != null ? pendingTitleLine : lineNo);
					pendingTitle = null;
				}
				step = F.createStep();
				step.setNumber(number);
				step.setUtterance(unquote(words));
				script.getSteps().add(step);
				result.at(step, lineNo);
				if (glued != null) {
					pendingTitle = heading(result, glued, i + 1, lines, script);
					pendingTitleLine = i + 1;
					if (pendingTitle == null && !inScript(lines, i + 1, script)) {
						step = null; // what follows a heading of the document is no answer to the step above it
					}
				}
				continue;
			}
			if (HEADING.matcher(line).matches()) {
				pendingTitle = heading(result, line, lineNo, lines, script);
				pendingTitleLine = lineNo;
				if (pendingTitle == null && !inScript(lines, lineNo, script)) {
					step = null;
				}
				continue;
			}
			String failure = null;
			if (step != null && pendingTitle == null) {
				failure = readAnswer(result, step, line, lineNo);
				if (failure == null) {
					continue;
				}
			}
			if (pendingTitle == null && nextStepIsFirst(lines, i + 1)) {
				pendingTitle = title(line);
				pendingTitleLine = lineNo;
				continue;
			}
			result.problem(lineNo, lines[i].strip(), failure != null ? failure
					: step == null ? NLS.bind(Messages.Script_notStep, line)
							: NLS.bind(Messages.Script_notUnderstood, line));
		}
		if (pendingTitle != null) {
			result.problem(pendingTitleLine, lines[pendingTitleLine - 1].strip(), Messages.Script_titleNoSteps);
		}
		for (Script s : result.scripts()) {
			s.setLanguage(languageOf(s));
			s.setScriptId(idFor(s.getTitle()));
		}
		return result;
	}

	/** Reads one answer line into {@code step}; returns null, or why the line is not an answer. */
	private static String readAnswer(ImportResult result, Step step, String line, int lineNo) {
		String body = ANSWER_PREFIX.matcher(BULLET.matcher(asciiDigits(line)).replaceFirst("")).replaceFirst("").strip();
		Matcher condition = CONDITION.matcher(body);
		boolean conditional = condition.lookingAt() && condition.end() < body.length();
		if (conditional) {
			body = body.substring(condition.end());
		}
		body = body.replaceAll("\\s*(?:→|->|=>)\\s*", ",→"); // "否 → 4" is "否, go to 4"
		List<String> tokens = tokens(body);
		if (tokens.isEmpty()) {
			return NLS.bind(Messages.Script_notUnderstood, line);
		}
		String label = "";
		List<Action> actions = new ArrayList<>();
		// after a condition (如果联系人已离职，…) the first words say which answer this is, even words of an action
		List<Action> first = conditional ? null : Vocabulary.actions(tokens.get(0));
		if (first != null) {
			actions.addAll(first);
		} else {
			label = unquote(tokens.get(0));
			int at = gluedActions(label, conditional);
			if (at > 0) {
				actions.addAll(Vocabulary.actions(label.substring(at)));
				label = label.substring(0, at);
			}
			label = (conditional ? CONDITION_END : THEN).matcher(label.strip()).replaceFirst("").strip();
			if (actions.isEmpty() && tokens.size() == 1 && !Vocabulary.isAnswerWord(label)) {
				return NLS.bind(Messages.Script_notUnderstood, line);
			}
		}
		for (String token : tokens.subList(1, tokens.size())) {
			List<Action> more = Vocabulary.actions(token);
			if (more == null) {
				return NLS.bind(Messages.Script_unknownAction, token, line);
			}
			actions.addAll(more);
		}
		if (label.isEmpty() && actions.stream().allMatch(Instruction.class::isInstance)) {
			return NLS.bind(Messages.Script_remark, line);
		}
		Answer answer = F.createAnswer();
		answer.setLabel(label);
		String[] words = Vocabulary.keywords(label);
		if (words.length > 1) {
			for (String w : words) {
				answer.getKeywords().add(w);
			}
		}
		answer.getActions().addAll(actions);
		step.getAnswers().add(answer);
		result.at(answer, lineNo);
		return null;
	}

	/**
	 * Where the actions start in a label written together with them ({@code 满意转7}, {@code 不在则另约时间},
	 * {@code 如果不在确定回拨时间}, {@code yes go to 3}), or 0. Only where the split is plain: at a space, after
	 * {@code 则/就}, after a condition, or before actions that go to a step; and never for words for the agent
	 * alone.
	 */
	private static int gluedActions(String label, boolean conditional) {
		for (int at = 1; at < label.length(); at++) {
			char before = label.charAt(at - 1);
			char after = label.charAt(at);
			if (isLatinLetter(before) && isLatinLetter(after) || Character.isWhitespace(after)) {
				continue;
			}
			String head = label.substring(0, at);
			List<Action> tail = Vocabulary.actions(label.substring(at));
			// words for the agent alone are no sign of actions: "Return visit (English)" is a title
			if (tail == null || tail.stream().allMatch(Instruction.class::isInstance)
					|| CONDITION_END.matcher(head.strip()).replaceFirst("").isBlank()) {
				continue;
			}
			boolean plain = Character.isWhitespace(before) || conditional || THEN.matcher(head).find()
					|| tail.stream().anyMatch(GoToStep.class::isInstance);
			if (plain) {
				return at;
			}
		}
		return 0;
	}

	private static boolean isLatinLetter(char c) {
		return c < 128 && Character.isLetter(c);
	}

	/** Splits an answer line at commas, semicolons, colons and enumeration commas outside brackets and quotes. */
	static List<String> tokens(String s) {
		List<String> tokens = new ArrayList<>();
		StringBuilder sb = new StringBuilder();
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ("(（[【".indexOf(c) >= 0) {
				depth++;
			} else if (")）]】".indexOf(c) >= 0 && depth > 0) {
				depth--;
			} else if (c == '"' || OPENING_QUOTES.indexOf(c) > 0 || CLOSING_QUOTES.indexOf(c) > 0) {
				quoted = c == '"' ? !quoted : OPENING_QUOTES.indexOf(c) > 0;
			}
			if (depth == 0 && !quoted && SEPARATORS.indexOf(c) >= 0) {
				add(tokens, sb);
			} else {
				sb.append(c);
			}
		}
		add(tokens, sb);
		return tokens;
	}

	private static void add(List<String> tokens, StringBuilder sb) {
		String t = sb.toString().strip().replaceAll("[。.！!]+$", "").strip();
		if (!t.isEmpty()) {
			tokens.add(t);
		}
		sb.setLength(0);
	}

	private static Script newScript(ImportResult result, String title, int line) {
		Script script = F.createScript();
		script.setTitle(title);
		script.setScriptVersion(1);
		result.scripts().add(script);
		result.at(script, line);
		return script;
	}

	private static boolean nextStepIsFirst(String[] lines, int from) {
		for (int i = from; i < lines.length; i++) {
			String line = clean(lines[i]);
			if (line.isEmpty() || line.startsWith("//")) {
				continue;
			}
			Matcher m = STEP.matcher(asciiDigits(line));
			return m.matches() && Integer.parseInt(firstNonNull(m.group(1), m.group(2), m.group(3))) == 1;
		}
		return false;
	}

	/**
	 * The title a heading on line {@code lineNo} gives the script after it, or null. A heading starts a script
	 * when steps follow it starting again at 1 (or no script has started yet) and no other heading comes first
	 * (that one heads the script, this one a part of the document); one followed by steps that go on numbering
	 * heads a part of the current script. A heading with no steps after it is reported.
	 */
	private static String heading(ImportResult result, String text, int lineNo, String[] lines, Script current) {
		if (headingFollows(lines, lineNo)) {
			return null;
		}
		Matcher m = nextStep(lines, lineNo);
		if (m == null) {
			result.problem(lineNo, text.strip(), NLS.bind(Messages.Script_titleNoStepsQuoted, text.strip()));
			return null;
		}
		return inScript(lines, lineNo, current) ? null : title(text);
	}

	/** Whether the steps after line {@code lineNo} go on numbering {@code current}. */
	private static boolean inScript(String[] lines, int lineNo, Script current) {
		Matcher m = nextStep(lines, lineNo);
		return current != null && m != null && !headingFollows(lines, lineNo)
				&& Integer.parseInt(firstNonNull(m.group(1), m.group(2), m.group(3))) != 1;
	}

	/** Whether the next line with words from {@code from} on is a heading. */
	private static boolean headingFollows(String[] lines, int from) {
		for (int i = from; i < lines.length; i++) {
			String line = clean(lines[i]);
			if (!line.isEmpty() && !line.startsWith("//")) {
				return HEADING.matcher(line).matches();
			}
		}
		return false;
	}

	/** The first step line from {@code from} on, before any heading; null if there is none. */
	private static Matcher nextStep(String[] lines, int from) {
		for (int i = from; i < lines.length; i++) {
			String line = clean(lines[i]);
			Matcher m = STEP.matcher(asciiDigits(line));
			if (m.matches()) {
				return m;
			}
			if (HEADING.matcher(line).matches()) {
				return null;
			}
		}
		return null;
	}

	/** Whether position {@code at} of {@code s} is outside every quotation. */
	private static boolean outsideQuotes(String s, int at) {
		int depth = 0;
		boolean plain = false;
		for (int i = 0; i < at; i++) {
			char c = s.charAt(i);
			if (c == '"') {
				plain = !plain;
			} else if (OPENING_QUOTES.indexOf(c) > 0) {
				depth++;
			} else if (CLOSING_QUOTES.indexOf(c) > 0 && depth > 0) {
				depth--;
			}
		}
		return depth == 0 && !plain;
	}

	private static String title(String line) {
		String t = TITLE_DECORATION.matcher(line).replaceFirst("").strip();
		if (t.length() > 2 && "【《[".indexOf(t.charAt(0)) >= 0 && "】》]".indexOf(t.charAt(t.length() - 1)) >= 0) {
			t = t.substring(1, t.length() - 1).strip();
		}
		return t.replaceAll("[:：]$", "").strip();
	}

	private static String asciiDigits(String s) {
		StringBuilder sb = new StringBuilder(s);
		for (int i = 0; i < sb.length(); i++) {
			char c = sb.charAt(i);
			if (c >= '０' && c <= '９') {
				sb.setCharAt(i, (char) ('0' + (c - '０')));
			}
		}
		return sb.toString();
	}

	private static String clean(String line) {
		return line.replace('\u3000', ' ').replace('\u00A0', ' ').strip();
	}

	private static boolean startsWithQuote(String line) {
		return !line.isEmpty() && OPENING_QUOTES.indexOf(line.charAt(0)) >= 0;
	}

	private static boolean opensWithoutClosing(String words) {
		if (words.isEmpty() || OPENING_QUOTES.indexOf(words.charAt(0)) < 0) {
			return false;
		}
		for (int i = 1; i < words.length(); i++) {
			if (CLOSING_QUOTES.indexOf(words.charAt(i)) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** Takes the quotes off an utterance or a label written in quotes. */
	static String unquote(String s) {
		String t = s.strip();
		if (t.length() >= 2 && OPENING_QUOTES.indexOf(t.charAt(0)) >= 0
				&& CLOSING_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
			return t.substring(1, t.length() - 1).strip();
		}
		return t;
	}

	private static String firstNonNull(String... values) {
		for (String v : values) {
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	private static boolean isChinese(String s) {
		return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	private static String languageOf(Script script) {
		StringBuilder sb = new StringBuilder(script.getTitle() == null ? "" : script.getTitle());
		script.getSteps().forEach(s -> sb.append(s.getUtterance()));
		return isChinese(sb.toString()) ? "zh" : "en";
	}

	/** A stable id from a title: lower case, runs of anything but letters and digits become '-'. */
	public static String idFor(String title) {
		String id = (title == null ? "" : title).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
				.replaceAll("^-+|-+$", "");
		if (id.isEmpty()) {
			id = "script";
		}
		return id.length() > 100 ? id.substring(0, 100) : id;
	}
}
