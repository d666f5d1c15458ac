package org.revisit.core.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.revisit.core.internal.Messages;

/**
 * What changed from one version of the library to another, entry by entry (entries are the same entry when their
 * ids are): the ones added, the ones changed (their text, branches, details or category) and the ones removed, each
 * in document order.
 */
public record LibraryDiff(List<AnswerLibrary.Placed> added, List<AnswerLibrary.Placed> changed,
		List<AnswerLibrary.Placed> removed) {

	public LibraryDiff {
		added = List.copyOf(added);
		changed = List.copyOf(changed);
		removed = List.copyOf(removed);
	}

	/** The changes from {@code before} to {@code after}. */
	public static LibraryDiff between(AnswerLibrary before, AnswerLibrary after) {
		Map<String, AnswerLibrary.Placed> old = new LinkedHashMap<>();
		for (AnswerLibrary.Placed p : before.entries()) {
			old.put(p.entry().id(), p);
		}
		List<AnswerLibrary.Placed> added = new ArrayList<>();
		List<AnswerLibrary.Placed> changed = new ArrayList<>();
		for (AnswerLibrary.Placed p : after.entries()) {
			AnswerLibrary.Placed was = old.remove(p.entry().id());
			if (was == null) {
				added.add(p);
			} else if (!was.equals(p)) {
				changed.add(p);
			}
		}
		return new LibraryDiff(added, changed, new ArrayList<>(old.values()));
	}

	public boolean isEmpty() {
		return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
	}

	/** "2 entries added, 1 changed, 0 removed", in the platform's language. */
	public String summary() {
		return Messages.bind(Messages.AnswerVersion_changes,
				new Object[] { added.size(), changed.size(), removed.size() });
	}
}
