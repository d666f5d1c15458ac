package org.revisit.core.script;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.revisit.model.Contact;
import org.revisit.model.ServiceEvent;

/**
 * Placeholders in utterances, written {@code ${key}}. A call fills them from a context map; a placeholder
 * with no value stays visible as written, so the agent sees that something is missing instead of a gap.
 */
public final class Placeholders {

	/** Keys the product fills, with what each one stands for. */
	public static final Map<String, String> KNOWN;
	static {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("contact.salutation", "surname and title, e.g. 王先生 / Mr. Smith");
		m.put("contact.name", "the contact's full name");
		m.put("contact.company", "the contact's company");
		m.put("agent.name", "the agent's name");
		m.put("agent.number", "the agent's staff number");
		m.put("company", "our company's name");
		m.put("event.date", "date of the service event or invitation");
		m.put("event.subject", "what the service event was about");
		m.put("engineer.name", "the engineer who served the customer");
		m.put("holiday.name", "the coming holiday");
		m.put("training.date", "date of the training offered");
		m.put("training.topic", "subject of the training");
		m.put("material.name", "the mailed material");
		m.put("hotline.support", "the support hotline number");
		m.put("hotline.supervision", "the service-supervision hotline number");
		m.put("callback.hours", "hours within which we promised to call back");
		KNOWN = Collections.unmodifiableMap(m);
	}

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)\\}");

	/** Two-character Chinese surnames (most surnames are one character). */
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
			"公孙", "慕容", "长孙", "夏侯", "轩辕", "令狐", "宇文", "司徒", "端木", "独孤", "南宫", "西门", "申屠", "澹台",
			"太史", "闻人", "呼延", "百里", "万俟", "钟离", "拓跋");

	private Placeholders() {
	}

	/** The keys used in {@code text}, in order of appearance, repeats included. */
	public static List<String> keys(String text) {
		List<String> keys = new ArrayList<>();
		if (text != null) {
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				keys.add(m.group(1).strip());
			}
		}
		return keys;
	}

	/** {@code text} with every placeholder that has a non-empty value replaced; the others are left as written. */
	public static String fill(String text, Map<String, String> values) {
		if (text == null) {
			return "";
		}
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1).strip());
			m.appendReplacement(sb, Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/** Surname and title: 王先生, 欧阳女士, Mr. Smith; the full name when there is no title. */
	public static String salutation(String name, String title) {
		if (name == null || name.isBlank()) {
			return title == null ? "" : title.strip();
		}
		String n = name.strip();
		if (title == null || title.isBlank()) {
			return n;
		}
		String t = title.strip();
		if (isChinese(n)) {
			String surname = n.length() > 2 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2)
					: n.substring(0, 1);
			return surname + t;
		}
		String[] words = n.split("\\s+");
		return t + " " + words[words.length - 1];
	}

	/** The placeholder values a contact gives; callers add the agent's and the event's. */
	public static Map<String, String> of(Contact contact) {
		Map<String, String> values = new LinkedHashMap<>();
		if (contact != null) {
			values.put("contact.salutation", salutation(contact.getName(), contact.getTitle()));
			values.put("contact.name", contact.getName());
			values.put("contact.company", contact.getCompany());
		}
		return values;
	}

	/**
	 * The placeholder values a service event gives: its date (in the script's language: 11月23日 or
	 * November 23), subject and engineer.
	 */
	public static Map<String, String> of(ServiceEvent event, String language, ZoneId zone) {
		Map<String, String> values = new LinkedHashMap<>();
		if (event != null) {
			if (event.getOccurredAt() != null) {
				LocalDate day = LocalDate.ofInstant(event.getOccurredAt().toInstant(), zone);
				values.put("event.date", date(day, language));
			}
			values.put("event.subject", event.getSubject());
			values.put("engineer.name", event.getEngineer());
		}
		return values;
	}

	/** A date as said on the phone: 11月23日 in Chinese, November 23 in English. */
	public static String date(LocalDate day, String language) {
		return "zh".equals(language) ? day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
				: DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH).format(day);
	}

	static boolean isChinese(String s) {
		return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
