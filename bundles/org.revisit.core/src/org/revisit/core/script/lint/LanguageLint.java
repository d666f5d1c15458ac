package org.revisit.core.script.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.core.script.ScriptDiagnostics;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * Finds forbidden words and phrases in script utterances and agents' notes: fillers used as interjections
 * (喂, 啊, 嘛, 恩, 哦...), rude or impatient phrases. The rules come from {@code language-rules.txt} in this
 * package, or from a file in the same format.
 */
public final class LanguageLint {

	private static final String PUNCTUATION = "，,。.！!？?、；;：:…~～—-\"“”「」『』'‘’()（）[]【】 \t\n";

	private final List<LintRule> rules;

	public LanguageLint(List<LintRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The built-in rules. */
	public static LanguageLint defaults() {
		try (InputStream in = LanguageLint.class.getResourceAsStream("language-rules.txt")) {
			if (in == null) {
				throw new IllegalStateException("language-rules.txt is missing from the core bundle");
			}
			return new LanguageLint(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "language-rules.txt"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The rules in {@code file} (they replace the built-in ones). */
	public static LanguageLint load(Path file) throws IOException {
		return new LanguageLint(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
	}

	/** The file's rules if it exists, else the built-in ones. */
	public static LanguageLint loadOrDefaults(Path file) throws IOException {
		return file != null && Files.isRegularFile(file) ? load(file) : defaults();
	}

	public List<LintRule> rules() {
		return rules;
	}

	/** Parses the rule format; a malformed line fails with its file and line number. */
	public static List<LintRule> parse(String text, String source) {
		List<LintRule> rules = new ArrayList<>();
		String[] lines = text.replace("\uFEFF", "").split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			LintRule.Kind kind = null;
			if (parts.length >= 2) {
				try {
					kind = LintRule.Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					kind = null;
				}
			}
			if (kind == null || parts[1].isBlank() || parts.length > 3) {
				throw new IllegalArgumentException(source + ":" + (i + 1)
						+ ": expected 'filler|word|phrase | text | suggestion', found '" + line + "'");
			}
			rules.add(new LintRule(kind, parts[1].strip(), parts.length == 3 ? parts[2].strip() : ""));
		}
		return rules;
	}

	/** The findings in {@code text}, by offset. */
	public List<LintFinding> check(String text) {
		List<LintFinding> findings = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return findings;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (LintRule rule : rules) {
			String needle = rule.text().toLowerCase(Locale.ROOT);
			for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
				int end = at + needle.length();
				if (matches(rule.kind(), text, at, end)) {
					findings.add(new LintFinding(at, needle.length(), text.substring(at, end), rule));
				}
			}
		}
		findings.sort(Comparator.comparingInt(LintFinding::offset).thenComparingInt(f -> -f.length()));
		return findings;
	}

	private static boolean matches(LintRule.Kind kind, String text, int start, int end) {
		char before = start == 0 ? ' ' : text.charAt(start - 1);
		char after = end >= text.length() ? ' ' : text.charAt(end);
		return switch (kind) {
		case PHRASE -> true;
		case WORD -> !Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after);
		// an interjection opens a sentence or stands before a pause; inside a word (a name) it is fine
		case FILLER -> PUNCTUATION.indexOf(before) >= 0 || PUNCTUATION.indexOf(after) >= 0;
		};
	}

	/** Lints every utterance of a script; each warning names the step and holds it in its data. */
	public Diagnostic check(Script script) {
		BasicDiagnostic result = new BasicDiagnostic(ScriptDiagnostics.SOURCE, 0, "Language of '" + script.getTitle() + "'",
				new Object[] { script });
		for (Step step : script.getSteps()) {
			for (LintFinding f : check(step.getUtterance())) {
				result.add(new BasicDiagnostic(Diagnostic.WARNING, ScriptDiagnostics.SOURCE, ScriptDiagnostics.LANGUAGE,
						NLS.bind(Messages.Lint_step, new Object[] { step.getNumber(), f.offset(), f.message() }),
						new Object[] { step, step.getNumber(), f }));
			}
		}
		return result;
	}
}
