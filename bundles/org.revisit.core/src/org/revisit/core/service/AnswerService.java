package org.revisit.core.service;

import java.util.List;

import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.answers.LibraryDiff;
import org.revisit.store.AnswerRepository.AnswerUse;
import org.revisit.store.AnswerRepository.LibraryVersion;

/**
 * The answer library (投诉标准应答): standard replies to complaints and objections, at hand during calls. Reading,
 * searching and recording the use of a reply: {@link Permission#CALL}; storing, importing and exporting the
 * library: {@link Permission#ANSWERS}. Until a team stores a library of its own, the library in use is the
 * built-in one (version 0); each store or import makes a new version and old versions are kept.
 */
public interface AnswerService {

	/** What the call of a task asks for, and the entries suggested for it, best first. */
	record Suggestions(String callType, String complaintCategory, List<AnswerSearch.Hit> hits) {
	}

	/** The library in use: the latest stored version, or the built-in one (version 0). */
	AnswerLibrary library();

	/** A stored version of the library (0: the built-in one), or {@code null}. */
	AnswerLibrary version(int version);

	/** The stored versions, oldest first (the built-in version 0 is not listed). */
	List<LibraryVersion> versions();

	/**
	 * The entries of the library in use matching {@code text} (Chinese, English, or pinyin initials such as
	 * {@code fwys}), best first; {@code category} (or {@code null}) keeps the entries whose category path contains
	 * it or whose complaint category is it; with {@code language} ({@code zh}, {@code en} or {@code null}: any), only
	 * the entries in that language when any is found in it, else the others.
	 */
	List<AnswerSearch.Hit> search(String text, String category, String language, int limit);

	/**
	 * The entries for the call of a task the user may call: on a complaint follow-up the complaint's category first,
	 * then entries tagged with the call's type; {@code text} (or {@code null}) narrows them as in {@link #search}.
	 */
	Suggestions suggest(long taskId, String text, String language, int limit);

	/**
	 * Records that the user used the reply {@code entryId} (of the library in use) in the call of a task, and which
	 * of its branches: {@code branch} is the condition of the branch read ({@code null}: the entry has none, or
	 * none is named).
	 *
	 * @throws ServiceException NOT_FOUND if the library has no such entry or the entry no such branch
	 */
	void recordUse(long taskId, String entryId, String branch);

	/** The replies used in the calls of a task, with the outcome each ended in (0 while the call is open). */
	List<AnswerUse> uses(long taskId);

	/**
	 * Stores the library as a new version after checking it, if {@code basedOn} (the version the edit started
	 * from, 0 for the built-in one) is still the version in use; audited with what changed. Returns that version.
	 *
	 * @throws ServiceException CONFLICT if another version was stored meanwhile (nothing is stored); INVALID if a
	 *         text of the library is refused
	 */
	int store(AnswerLibrary library, int basedOn, String note);

	/** A stored version and what changed in it from the version before it (version 1: from the built-in one). */
	record VersionChanges(LibraryVersion version, LibraryDiff changes) {
	}

	/** The stored versions, oldest first, each with what changed in it (managers: {@link Permission#ANSWERS}). */
	List<VersionChanges> history();

	/**
	 * Makes an older version (0: the built-in library) the library in use again by storing its content as a new
	 * version (versions are never changed), if {@code basedOn} is still the version in use; audited with what
	 * changed. Returns the version stored.
	 *
	 * @throws ServiceException NOT_FOUND if that version is not stored; CONFLICT as {@link #store}
	 */
	int restore(int version, int basedOn);

	/**
	 * Reads a training document (UTF-8 text; {@code fileName} only names it in messages): with {@code dryRun}
	 * nothing is stored; else its categories are added after those of the library in use (or replace them, with
	 * {@code replace}) and stored as a new version, whose number the result gives.
	 */
	ImportResult importDocument(byte[] document, String fileName, boolean replace, boolean dryRun);

	/** The library in use as a document in the layout the import reads (UTF-8). */
	byte[] export();
}
