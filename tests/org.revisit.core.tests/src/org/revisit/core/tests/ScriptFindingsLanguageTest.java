package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/**
 * The script editor's findings (the reader's, the validator's, the check's and the language rules') speak Chinese
 * in the Chinese workbench: each of their texts in the core's {@code messages_zh.properties} has Chinese words,
 * takes the same arguments as the English one, and binds without a quoting mistake.
 */
class ScriptFindingsLanguageTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

	private static Properties load(String name) throws IOException {
		Path dir = null;
		for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
			Path d = p.resolve("bundles/org.revisit.core/src/org/revisit/core/internal");
			if (Files.isDirectory(d)) {
				dir = d;
			}
		}
		assertTrue(dir != null, "the core's messages were found above " + Path.of("").toAbsolutePath());
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(dir.resolve(name))) {
			p.load(in);
		}
		return p;
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void theFindingsHaveChineseTextsWithTheSameArguments() throws IOException {
		Properties en = load("messages.properties");
		Properties zh = load("messages_zh.properties");
		List<String> problems = new ArrayList<>();
		int keys = 0;
		for (String key : new TreeSet<>(en.stringPropertyNames())) {
			if (!key.startsWith("Script_") && !key.startsWith("Lint_") && !key.startsWith("AnswerImport_")
					&& !key.startsWith("AnswerVersion_") && !key.startsWith("Answers_")) {
				continue;
			}
			keys++;
			String chinese = zh.getProperty(key, "");
			// a text of only arguments and punctuation ("{0}: {1}") has no words to be Chinese
			boolean words = en.getProperty(key).replaceAll("\\{\\d\\}", "").codePoints().anyMatch(Character::isLetter);
			if (words && !chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
				problems.add(key + " is not Chinese: " + chinese);
			}
			if (!arguments(en.getProperty(key)).equals(arguments(chinese))) {
				problems.add(key + " takes other arguments in Chinese: " + chinese);
			}
			String bound = NLS.bind(chinese, new Object[] { "A", "B", "C", "D" });
			if (bound.contains("{") || bound.contains("'") || bound.contains("<missing argument>")) {
				problems.add(key + " binds wrongly: " + bound);
			}
		}
		assertTrue(keys >= 20, "the findings' texts were found: " + keys);
		assertEquals(List.of(), problems);
		assertEquals("\u7b2c 3 \u6b65\u7684\u56de\u7b54\u201c\u662f\u201d",
				NLS.bind(zh.getProperty("Script_answer"), 3, "\u662f"));
	}
}
