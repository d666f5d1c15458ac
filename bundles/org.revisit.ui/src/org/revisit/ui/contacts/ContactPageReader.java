package org.revisit.ui.contacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.revisit.core.service.ContactService;
import org.revisit.core.service.ServiceException;
import org.revisit.model.Contact;
import org.revisit.store.ContactFilter;
import org.revisit.ui.internal.LazyPages;

/**
 * Reads the pages of the contacts table for one query, by keyset where it can: a page whose neighbour above was
 * read starts after that page's last row ({@link ContactService#queryAfter}). In a descending order, which Derby
 * sorts, a page whose neighbour below was read ends before that page's first row, and the last page (the End key)
 * is the first of the ascending order, both read along an index. Everything else reads by offset: a jump into the
 * middle, and in an ascending order scrolling up and the last page (counting index entries beats sorting the rows
 * in reverse). Remembers the first and last id of each page read (two longs a page); safe to call from several
 * jobs.
 */
public final class ContactPageReader implements LazyPages.Reader<Contact> {

	private final ContactService contacts;
	private final ContactFilter filter;
	private final long total;
	private final Map<Long, long[]> ends = new ConcurrentHashMap<>();
	private final AtomicLong byOffset = new AtomicLong();

	/**
	 * @param first the first page when it was read already (else {@code null})
	 * @param total how many contacts match
	 */
	public ContactPageReader(ContactService contacts, ContactFilter filter, long total, List<Contact> first) {
		this.contacts = contacts;
		this.filter = filter;
		this.total = total;
		if (first != null) {
			remember(0, first);
		}
	}

	@Override
	public List<Contact> read(long offset, int limit) {
		List<Contact> rows = keyset(offset, limit);
		if (rows == null) {
			byOffset.incrementAndGet();
			rows = contacts.query(filter, offset, limit);
		}
		remember(offset, rows);
		return rows;
	}

	/** How many pages were read by offset, for tests. */
	public long offsetReads() {
		return byOffset.get();
	}

	/** The page by keyset, or {@code null} when no neighbour is known (or its row has gone). */
	private List<Contact> keyset(long offset, int limit) {
		ContactFilter reversed = filter.sortedBy(filter.sort(), !filter.descending());
		try {
			long[] above = offset >= limit ? ends.get(offset - limit) : null;
			if (above != null) {
				return contacts.queryAfter(filter, above[1], limit);
			}
			if (!filter.descending()) {
				// reading backwards means a descending order, which Derby sorts (its indexes are read forwards
				// only): counting rows along the index costs less
				return null;
			}
			long[] below = ends.get(offset + limit);
			if (below != null) {
				return reversedList(contacts.queryAfter(reversed, below[0], limit));
			}
			if (offset > 0 && offset + limit >= total && offset < total) {
				return reversedList(contacts.query(reversed, 0, (int) (total - offset)));
			}
		} catch (ServiceException e) {
			if (e.kind() != ServiceException.Kind.NOT_FOUND) {
				throw e;
			}
		}
		return null;
	}

	private void remember(long offset, List<Contact> rows) {
		if (!rows.isEmpty()) {
			ends.put(offset, new long[] { rows.get(0).getId(), rows.get(rows.size() - 1).getId() });
		}
	}

	private static List<Contact> reversedList(List<Contact> rows) {
		List<Contact> copy = new ArrayList<>(rows);
		Collections.reverse(copy);
		return copy;
	}
}
