package org.revisit.core.answers;

import java.util.List;

/** A group of replies ("(一)服务延时"), with its sub-groups ("1、热线服务延时") and its own entries. */
public record AnswerCategory(String id, String title, List<AnswerCategory> children, List<AnswerEntry> entries) {

	public AnswerCategory {
		children = children == null ? List.of() : List.copyOf(children);
		entries = entries == null ? List.of() : List.copyOf(entries);
	}
}
