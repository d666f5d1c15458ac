package org.revisit.core.script.text;

import java.util.List;

import org.revisit.model.Action;
import org.revisit.model.Answer;
import org.revisit.model.Script;
import org.revisit.model.Step;

/**
 * Writes scripts in the text format {@link ScriptReader} reads: title line, numbered steps with quoted
 * utterances, one line per answer (none for a step that is said and goes on). Chinese scripts use full-width
 * punctuation, the others half-width.
 */
public final class ScriptWriter {

	private ScriptWriter() {
	}

	public static String write(List<Script> scripts) {
		StringBuilder sb = new StringBuilder();
		for (Script script : scripts) {
			if (sb.length() > 0) {
				sb.append('\n');
			}
			write(script, sb);
		}
		return sb.toString();
	}

	public static String write(Script script) {
		return write(List.of(script));
	}

	/** One action as the text format writes it, in Chinese or English ({@code 转4}, {@code go to 4}). */
	public static String action(Action action, boolean zh) {
		return Vocabulary.write(action, zh);
	}

	private static void write(Script script, StringBuilder sb) {
		boolean zh = "zh".equals(script.getLanguage());
		String title = script.getTitle() == null || script.getTitle().isBlank() ? (zh ? "未命名话术" : "Untitled script")
				: script.getTitle().strip();
		sb.append(title).append('\n');
		for (Step step : script.getSteps()) {
			String words = step.getUtterance() == null ? "" : step.getUtterance().replaceAll("\\s*\\R\\s*", " ").strip();
			sb.append(step.getNumber()).append(zh ? "、“" : ". \"").append(words).append(zh ? "”" : "\"").append('\n');
			for (Answer answer : step.getAnswers()) {
				String separator = zh ? "，" : ", ";
				StringBuilder line = new StringBuilder();
				if (answer.getLabel() != null && !answer.getLabel().isEmpty()) {
					// a label that reads as an action is written as a condition, so that it reads back as the label
					line.append(Vocabulary.actions(answer.getLabel()) != null ? (zh ? "如果" : "if ") : "")
							.append(answer.getLabel());
				}
				for (Action action : answer.getActions()) {
					if (line.length() > 0) {
						line.append(separator);
					}
					line.append(Vocabulary.write(action, zh));
				}
				sb.append(line).append('\n');
			}
		}
	}
}
