package org.revisit.core.answers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds entries of a library for what an agent types: Chinese or English words in what the customer says, the
 * reply, its branches, the category titles and the tags, or the pinyin initials of the Chinese, tags included
 * ({@code fwys} finds 服务延时; {@code fwyc} finds it by its synonym 服务延迟, a tag of the built-in category).
 * Ranking: entries in the caller's language only, when any is found in it (an English entry is not ranked among
 * Chinese ones; one in another language shows when nothing in the caller's is found, e.g. {@code who gave} typed
 * in the Chinese workbench); then a match in what the customer says before one in the category, before one in
 * the reply; a whole phrase before its words; entries of the call's complaint category and of the call's type (a
 * tag) first.
 */
public final class AnswerSearch {

	/** What the ranking prefers besides the text: all may be {@code null}. */
	public record Preference(String language, String complaintCategory, String callTypeTag) {
	}

	/** A found entry, its score and the category path it is in. */
	public record Hit(AnswerEntry entry, String path, int score) {
	}

	private AnswerSearch() {
	}

	/**
	 * Works out once the pinyin initials of the Chinese texts of {@code library} (ICU's Han-Latin rules are compiled
	 * on first use, which takes seconds on a busy machine), so that the first search by initials as the agent types
	 * finds its replies at once. Call it where a library is read, off the UI thread.
	 */
	public static void prepare(AnswerLibrary library) {
		for (AnswerLibrary.Placed placed : library.entries()) {
			AnswerEntry e = placed.entry();
			if (AnswerText.hasHan(e.customer() + placed.pathText() + e.fullReply())) {
				AnswerText.initials(e.customer());
				AnswerText.initials(placed.pathText());
				AnswerText.initials(e.fullReply());
			}
		}
	}

	/**
	 * The entries matching {@code text} (every word of it), best first; an empty text gives every entry in the
	 * order of the preference. {@code categoryFilter}, if given, keeps entries whose category path contains it.
	 */
	public static List<Hit> search(AnswerLibrary library, String text, String categoryFilter, Preference preference,
			int limit) {
		String query = AnswerText.fold(text).strip();
		String[] words = query.isEmpty() ? new String[0] : query.split("\\s+");
		String filter = categoryFilter == null || categoryFilter.isBlank() ? null : AnswerText.fold(categoryFilter);
		List<Hit> hits = new ArrayList<>();
		for (AnswerLibrary.Placed placed : library.entries()) {
			String path = placed.pathText();
			if (filter != null && !AnswerText.fold(path).contains(filter)
					&& !filter.equalsIgnoreCase(placed.entry().complaintCategory())) {
				continue;
			}
			int score = score(placed.entry(), path, query, words);
			if (score <= 0 && words.length > 0) {
				continue;
			}
			hits.add(new Hit(placed.entry(), path, score + bonus(placed.entry(), preference)));
		}
		String language = preference == null ? null : preference.language();
		if (language != null && hits.stream().anyMatch(h -> language.equals(h.entry().language()))) {
			hits.removeIf(h -> !language.equals(h.entry().language()));
		}
		hits.sort(Comparator.comparingInt(Hit::score).reversed());
		return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
	}

	private static int bonus(AnswerEntry e, Preference p) {
		if (p == null) {
			return 0;
		}
		int bonus = 0;
		if (p.language() != null && p.language().equals(e.language())) {
			bonus += 40;
		}
		if (p.complaintCategory() != null && p.complaintCategory().equals(e.complaintCategory())) {
			bonus += 30;
		}
		if (p.callTypeTag() != null && e.tags().stream().anyMatch(t -> t.equalsIgnoreCase(p.callTypeTag()))) {
			bonus += 20;
		}
		return bonus;
	}

	/** 0 when a word is missing; else more for better places. */
	private static int score(AnswerEntry e, String path, String query, String[] words) {
		if (words.length == 0) {
			return 1;
		}
		String customer = AnswerText.fold(e.customer());
		String reply = AnswerText.fold(e.fullReply());
		String category = AnswerText.fold(path);
		String tags = AnswerText.fold(String.join(" ", e.tags()));
		String initials = null;
		int total = 0;
		for (String word : words) {
			int best = 0;
			if (customer.contains(word)) {
				best = 30;
			} else if (category.contains(word) || tags.contains(word)) {
				best = 20;
			} else if (reply.contains(word)) {
				best = 10;
			} else if (word.chars().allMatch(c -> c >= 'a' && c <= 'z') && word.length() >= 2) {
				if (initials == null) {
					StringBuilder all = new StringBuilder("\u0001").append(AnswerText.initials(e.customer()))
							.append('\u0001').append(AnswerText.initials(path)).append('\u0001')
							.append(AnswerText.initials(e.fullReply()));
					for (String tag : e.tags()) {
						if (AnswerText.hasHan(tag)) {
							all.append('\u0001').append(AnswerText.initials(tag));
						}
					}
					initials = all.toString();
				}
				best = initials.contains(word.toLowerCase(Locale.ROOT))
						&& AnswerText.hasHan(e.customer() + path + e.fullReply() + e.tags()) ? 8 : 0;
			}
			if (best == 0) {
				return 0;
			}
			total += best;
		}
		if (words.length > 1 && (customer.contains(query) || reply.contains(query))) {
			total += 15;
		}
		return total;
	}
}
