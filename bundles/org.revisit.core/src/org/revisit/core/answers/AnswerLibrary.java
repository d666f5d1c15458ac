package org.revisit.core.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The team's answer library (投诉标准应答) at one version: its top categories. Version 0 is the built-in library,
 * used until a team stores its own; every stored change makes a new version and old versions are kept.
 */
public record AnswerLibrary(int version, List<AnswerCategory> categories) {

	public AnswerLibrary {
		categories = categories == null ? List.of() : List.copyOf(categories);
	}

	/** Every entry with the path of category titles it is in ("服务延时 › 热线服务延时"), in document order. */
	public List<Placed> entries() {
		List<Placed> all = new ArrayList<>();
		visit((path, entry) -> all.add(new Placed(path, entry)));
		return all;
	}

	/** The entry with this id, or {@code null}. */
	public Placed find(String entryId) {
		for (Placed p : entries()) {
			if (p.entry().id().equals(entryId)) {
				return p;
			}
		}
		return null;
	}

	/** Calls {@code visitor} with every entry and the titles of the categories above it. */
	public void visit(BiConsumer<List<String>, AnswerEntry> visitor) {
		for (AnswerCategory c : categories) {
			visit(c, new ArrayList<>(), visitor);
		}
	}

	private static void visit(AnswerCategory c, List<String> path, BiConsumer<List<String>, AnswerEntry> visitor) {
		path.add(c.title());
		List<String> fixed = List.copyOf(path);
		for (AnswerEntry e : c.entries()) {
			visitor.accept(fixed, e);
		}
		for (AnswerCategory child : c.children()) {
			visit(child, path, visitor);
		}
		path.remove(path.size() - 1);
	}

	/** An entry and the titles of the categories it is in, outermost first. */
	public record Placed(List<String> path, AnswerEntry entry) {

		/** The titles joined with " › ". */
		public String pathText() {
			return String.join(" \u203A ", path);
		}
	}
}
