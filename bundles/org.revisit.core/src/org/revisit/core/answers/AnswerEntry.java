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

	/** The branch with this condition, or {@code null}. */
	public AnswerBranch branch(String condition) {
		for (AnswerBranch b : branches) {
			if (b.condition().equals(condition)) {
				return b;
			}
		}
		return null;
	}

	/**
	 * What an agent says who chose a branch: the reply, then the reply of the branch with condition
	 * {@code condition} (its condition is for the agent, not said); with {@code null} (or no such branch) the
	 * reply and every branch, as {@link #fullReply()}.
	 */
	public String replyWith(String condition) {
		AnswerBranch chosen = condition == null ? null : branch(condition);
		if (chosen == null) {
			return fullReply();
		}
		String main = reply == null ? "" : reply.strip();
		String more = chosen.reply() == null ? "" : chosen.reply().strip();
		return main.isEmpty() ? more : more.isEmpty() ? main : main + "\n" + more;
	}

	/** The reply and its branches as one text, to read all of it (a reply with branches is used one branch at a time). */
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
