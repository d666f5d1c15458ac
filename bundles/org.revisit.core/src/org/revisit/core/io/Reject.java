package org.revisit.core.io;

import java.util.List;

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

	/** "line 12, column mobile: reason" */
	public String describe() {
		return "line " + line + (column == null ? "" : ", column " + column) + ": " + SafeText.echo(reason, -1);
	}
}
