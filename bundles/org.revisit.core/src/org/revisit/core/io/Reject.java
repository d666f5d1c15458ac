package org.revisit.core.io;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.validation.SafeText;

/**
 * A row of an import file that was not stored.
 *
 * @param line the physical line of the file where the row starts (the header is line 1)
 * @param column the column as the file's header names it, or {@code null} if the row as a whole is wrong
 * @param reason what is wrong, in words a user can act on
 * @param fields the row's fields as read (one field with the raw text if the row could not be split)
 */
public record Reject(long line, String column, String reason, List<String> fields) {

	/** "line 12, column mobile: reason", in the platform's language. */
	public String describe() {
		String why = SafeText.echo(reason, -1);
		return column == null ? NLS.bind(Messages.Import_reject, line, why)
				: NLS.bind(Messages.Import_rejectColumn, new Object[] { line, column, why });
	}
}
