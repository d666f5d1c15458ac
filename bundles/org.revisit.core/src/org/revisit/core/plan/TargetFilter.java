package org.revisit.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.revisit.model.Contact;

/**
 * Which contacts a campaign is about, as managers write it in the campaign's target filter: terms separated
 * by spaces, all of which must hold; each term is {@code key:value[,value...]} and holds when any value
 * matches. Keys: {@code tag} (the contact has the tag), {@code class} (customer class A, B or C),
 * {@code company} (the company name contains the text), {@code agent} (the owning agent), {@code region} (the
 * address contains the text, e.g. a province: {@code region:广东,深圳}). An empty filter
 * takes every contact. Example: {@code tag:VIP,key-account class:A,B}.
 */
public final class TargetFilter implements Predicate<Contact> {

	private static final Set<String> KEYS = Set.of("tag", "class", "company", "agent", "region"); //$NON-NLS-1$

	private record Term(String key, List<String> values) {
	}

	private final List<Term> terms;

	private TargetFilter(List<Term> terms) {
		this.terms = terms;
	}

	/**
	 * @throws IllegalArgumentException naming the term if a term is not {@code key:value} with a known key
	 */
	public static TargetFilter parse(String text) {
		List<Term> terms = new ArrayList<>();
		if (text != null) {
			for (String word : text.strip().split("\\s+")) { //$NON-NLS-1$
				if (word.isEmpty()) {
					continue;
				}
				int colon = word.indexOf(':');
				String key = colon < 0 ? "" : word.substring(0, colon).toLowerCase(Locale.ROOT); //$NON-NLS-1$
				if (!KEYS.contains(key) || colon == word.length() - 1) {
					throw new IllegalArgumentException("target filter term '" + word
							+ "' is not key:value with key tag, class, company, agent or region");
				}
				terms.add(new Term(key, List.of(word.substring(colon + 1).split(",")))); //$NON-NLS-1$
			}
		}
		return new TargetFilter(List.copyOf(terms));
	}

	public boolean isEmpty() {
		return terms.isEmpty();
	}

	@Override
	public boolean test(Contact contact) {
		for (Term term : terms) {
			if (term.values().stream().noneMatch(v -> matches(term.key(), v, contact))) {
				return false;
			}
		}
		return true;
	}

	private static boolean matches(String key, String value, Contact contact) {
		return switch (key) {
		case "tag" -> contact.getTags().contains(value); //$NON-NLS-1$
		case "class" -> contact.getCustomerClass() != null //$NON-NLS-1$
				&& contact.getCustomerClass().getName().equalsIgnoreCase(value);
		case "company" -> contact.getCompany() != null && contact.getCompany().contains(value); //$NON-NLS-1$
		case "region" -> contact.getAddress() != null && contact.getAddress().contains(value); //$NON-NLS-1$
		default -> value.equals(contact.getOwningAgent());
		};
	}
}
