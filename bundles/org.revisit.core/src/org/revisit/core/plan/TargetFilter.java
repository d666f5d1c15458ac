package org.revisit.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.Contact;

/**
 * Which contacts a campaign is about, as managers write it in the campaign's target filter: terms separated
 * by spaces, all of which must hold; each term is {@code key:value[,value...]} and holds when any value
 * matches. Keys: {@code tag} (the contact has the tag), {@code class} (customer class A, B or C),
 * {@code company} (the company name contains the text), {@code agent} (the owning agent), {@code region} (the
 * address contains the text, e.g. a province: {@code region:广东,深圳}), {@code notcalled} (one number of days
 * N, 1 to 3650: no call to the contact started in the last N days, whatever its campaign or outcome). An empty
 * filter takes every contact. Example: {@code tag:VIP,key-account class:A,B notcalled:30}.
 * <p>
 * {@code notcalled} needs the calls made: {@link #withCalls} gives them (the planner, the preview and the count of
 * targets do); a filter with that term but without them refuses to test a contact.
 */
public final class TargetFilter implements Predicate<Contact> {

	/** The key of "not called for N days". */
	public static final String NOT_CALLED = "notcalled"; //$NON-NLS-1$
	private static final Set<String> KEYS = Set.of("tag", "class", "company", "agent", "region", NOT_CALLED); //$NON-NLS-1$
	private static final int MAX_DAYS = 3650;

	private record Term(String key, List<String> values) {
	}

	private final List<Term> terms;
	private final int notCalledDays;
	/** The contacts called within the last {@link #notCalledDays}, read on first use; null until given. */
	private final java.util.function.Supplier<Set<Long>> calledRecently;

	private TargetFilter(List<Term> terms, int notCalledDays, java.util.function.Supplier<Set<Long>> calledRecently) {
		this.terms = terms;
		this.notCalledDays = notCalledDays;
		this.calledRecently = calledRecently;
	}

	/** The N of {@code notcalled:N}, or 0 when the filter has no such term. */
	public int notCalledDays() {
		return notCalledDays;
	}

	/**
	 * This filter with the calls it needs for {@code notcalled:N}: {@code calledSince} gives the contacts with a
	 * call started at the instant given or later; it is asked once, on the first test, for {@code now} less N days.
	 * A filter without that term is returned as it is.
	 */
	public TargetFilter withCalls(java.util.function.Function<java.time.Instant, Set<Long>> calledSince,
			java.time.Instant now) {
		if (notCalledDays == 0) {
			return this;
		}
		java.time.Instant since = now.minus(java.time.Duration.ofDays(notCalledDays));
		java.util.concurrent.atomic.AtomicReference<Set<Long>> loaded = new java.util.concurrent.atomic.AtomicReference<>();
		return new TargetFilter(terms, notCalledDays, () -> {
			synchronized (loaded) {
				if (loaded.get() == null) {
					loaded.set(Set.copyOf(calledSince.apply(since)));
				}
				return loaded.get();
			}
		});
	}

	/**
	 * @throws IllegalArgumentException naming the term if a term is not {@code key:value} with a known key
	 */
	public static TargetFilter parse(String text) {
		List<Term> terms = new ArrayList<>();
		int days = 0;
		if (text != null) {
			for (String word : text.strip().split("\\s+")) { //$NON-NLS-1$
				if (word.isEmpty()) {
					continue;
				}
				int colon = word.indexOf(':');
				String key = colon < 0 ? "" : word.substring(0, colon).toLowerCase(Locale.ROOT); //$NON-NLS-1$
				if (!KEYS.contains(key) || colon == word.length() - 1) {
					throw new IllegalArgumentException(NLS.bind(Messages.Target_badTerm, word));
				}
				if (key.equals(NOT_CALLED)) {
					String value = word.substring(colon + 1);
					if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_DAYS //$NON-NLS-1$
							|| days > 0) {
						throw new IllegalArgumentException(NLS.bind(Messages.Target_badNotCalled, word, MAX_DAYS));
					}
					days = Integer.parseInt(value);
					continue;
				}
				terms.add(new Term(key, List.of(word.substring(colon + 1).split(",")))); //$NON-NLS-1$
			}
		}
		return new TargetFilter(List.copyOf(terms), days, null);
	}

	public boolean isEmpty() {
		return terms.isEmpty() && notCalledDays == 0;
	}

	@Override
	public boolean test(Contact contact) {
		if (notCalledDays > 0) {
			if (calledRecently == null) {
				throw new IllegalStateException("the target filter's notcalled:" + notCalledDays
						+ " needs the calls made (withCalls)");
			}
			if (calledRecently.get().contains(contact.getId())) {
				return false;
			}
		}
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
