package org.revisit.core.answers;

import java.util.List;

/**
 * What reading a document gave: the categories and entries found, the lines reported, and (after a stored
 * import) the version of the library it made, 0 for a dry run.
 */
public record ImportResult(List<AnswerCategory> categories, int entries, int branches, List<ImportProblem> problems,
		int version) {

	public ImportResult {
		categories = categories == null ? List.of() : List.copyOf(categories);
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** The same result with the version stored. */
	public ImportResult stored(int storedVersion) {
		return new ImportResult(categories, entries, branches, problems, storedVersion);
	}
}
