package org.revisit.core.script.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * Reads call scripts written the way training material writes them: an optional title line, then numbered
 * steps ({@code 3、"..."}, {@code 3. "..."}, {@code 第3步：...}), each followed by answer lines
 * ({@code 是,转4}, {@code 否，记录具体情况，转4}, {@code no, record the reason, go to 4}). A document may hold
 * several scripts, each headed by its title (a line directly followed by a step numbered 1). Full-width and
 * half-width punctuation are both accepted. Every line that is not understood is reported with its number;
 * the rest is still read.
 */
public final class ScriptReader {

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;

	private static final Pattern STEP = Pattern.compile(
			"(?:(\\d{1,4})\\s*[、.．:：)）]|第\\s*(\\d{1,4})\\s*步\\s*[、.．:：]?|(?i:step)\\s*(\\d{1,4})\\s*[.．:：)]?)\\s*(.*)");
	private static final Pattern BULLET = Pattern.compile("^(?:[-•·*●○▪►]|[a-zA-Z][).）]\\s)\\s*");
	private static final Pattern ANSWER_PREFIX = Pattern.compile(
			"^(?:(?:答|回答|客户回答|客户答)\\s*[:：]|如果|若|(?i:if)\\s+|(?i:answer)\\s*[:：])\\s*");
	private static final Pattern TITLE_DECORATION = Pattern.compile(
			"^(?:#+\\s*|[一二三四五六七八九十]+\\s*[、.．]\\s*|(?:话术|标题|(?i:script|title))\\s*[:：]\\s*)");
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
				// an utterance whose closing quote is on a later line continues there
				while (opensWithoutClosing(words) && i + 1 < lines.length
						&& !STEP.matcher(asciiDigits(clean(lines[i + 1]))).matches()) {
					String more = clean(lines[++i]);
					words = words + (isChinese(words + more) ? "" : " ") + more;
				}
				if (pendingTitle != null || script == null || number == 1 && !script.getSteps().isEmpty()) {
					String title = pendingTitle;
					if (title == null) {
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
					: step == null ? "not a step, an answer or a title: '" + line + "'"
							: "not understood: '" + line + "'");
		}
		if (pendingTitle != null) {
			result.problem(pendingTitleLine, lines[pendingTitleLine - 1].strip(), "a title with no steps after it");
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
		body = body.replaceAll("\\s*(?:→|->|=>)\\s*", ",→"); // "否 → 4" is "否, go to 4"
		List<String> tokens = tokens(body);
		if (tokens.isEmpty()) {
			return "not understood: '" + line + "'";
		}
		String label = "";
		int from = 0;
		if (Vocabulary.action(tokens.get(0)) == null) {
			label = unquote(tokens.get(0));
			from = 1;
		}
		if (from == tokens.size() && !Vocabulary.isAnswerWord(label)) {
			return "not understood: '" + line + "'";
		}
		List<Action> actions = new ArrayList<>();
		for (String token : tokens.subList(from, tokens.size())) {
			Action action = Vocabulary.action(token);
			if (action == null) {
				return "unknown action '" + token + "' in '" + line + "'";
			}
			actions.add(action);
		}
		Answer answer = F.createAnswer();
		answer.setLabel(label);
		String[] words = label.split("\\s*[/／|｜]\\s*");
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
			if (depth == 0 && !quoted && ",，;；:：、".indexOf(c) >= 0) {
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
