package org.revisit.core.answers;

import java.util.List;

/**
 * A standard reply: what a customer typically says ({@code customer}), what the agent answers ({@code reply}),
 * optional branches each with its condition, free tags (call types such as {@code returnVisit}, words such as
 * {@code busy}), the complaint category it answers (a {@link org.revisit.model.ComplaintCategory} name, or
 * {@code null}) and its language ({@code zh} or {@code en}). The {@code id} stays the same from version to version
 * so that the use of a reply can be counted across versions.
 */
public record AnswerEntry(String id, String customer, String reply, List<AnswerBranch> branches, List<String> tags,
		String complaintCategory, String language) {

	public AnswerEntry {
		branches = branches == null ? List.of() : List.copyOf(branches);
		tags = tags == null ? List.of() : List.copyOf(tags);
	}

	/** Whether the entry has no reply at all (a customer line kept from an import). */
	public boolean unanswered() {
		return (reply == null || reply.isBlank()) && branches.isEmpty();
	}

	/** The reply and its branches as one text, as read aloud or copied into notes. */
	public String fullReply() {
		StringBuilder b = new StringBuilder(reply == null ? "" : reply);
		for (AnswerBranch branch : branches) {
			if (!b.isEmpty()) {
				b.append('\n');
			}
			b.append('(').append(branch.condition()).append(") ").append(branch.reply());
		}
		return b.toString();
	}
}
