package org.revisit.store;

import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;

/**
 * Which contacts a page of the contacts table shows, and in which order; a {@code null} criterion lets every
 * contact through. Applied in the database ({@link ContactQueries}).
 *
 * @param text contained in the name, the company or a phone number (ignoring case), or {@code null}
 * @param customerClass the customer class, or {@code null}
 * @param tag a tag the contact carries, or {@code null}
 * @param owningAgent the owning agent; the empty string for contacts without one; {@code null}: any
 * @param status the status, or {@code null}
 * @param doNotCall true: only contacts who asked not to be called; false: only the others; {@code null}: both
 * @param sort the column to sort by ({@code null}: the id)
 * @param descending whether the order is descending
 */
public record ContactFilter(String text, CustomerClass customerClass, String tag, String owningAgent,
		ContactStatus status, Boolean doNotCall, Sort sort, boolean descending) {

	/**
	 * The columns a contacts page can be sorted by; ties are broken by the id. The name sorts by its pinyin key
	 * ({@link NameKeys}).
	 */
	public enum Sort {
		ID("id"), NAME("name_key"), COMPANY("company"), CUSTOMER_CLASS("customer_class"), OWNING_AGENT("owning_agent"),
		STATUS("status"), TIME_ZONE("time_zone");

		private final String column;

		Sort(String column) {
			this.column = column;
		}

		/** The column of table {@code contact}. */
		public String column() {
			return column;
		}
	}

	/** Every contact, by id. */
	public static ContactFilter all() {
		return new ContactFilter(null, null, null, null, null, null, Sort.ID, false);
	}

	/** This filter with another text. */
	public ContactFilter withText(String newText) {
		return new ContactFilter(newText, customerClass, tag, owningAgent, status, doNotCall, sort, descending);
	}

	/** This filter sorted otherwise. */
	public ContactFilter sortedBy(Sort newSort, boolean newDescending) {
		return new ContactFilter(text, customerClass, tag, owningAgent, status, doNotCall, newSort, newDescending);
	}

	/** This filter with another customer class, tag, agent, status and do-not-call criterion. */
	public ContactFilter narrowedTo(CustomerClass newClass, String newTag, String newAgent, ContactStatus newStatus,
			Boolean newDoNotCall) {
		return new ContactFilter(text, newClass, newTag, newAgent, newStatus, newDoNotCall, sort, descending);
	}
}
