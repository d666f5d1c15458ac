package org.revisit.core.service.local;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.revisit.core.answers.AnswerBranch;
import org.revisit.core.answers.AnswerCategory;
import org.revisit.core.answers.AnswerDocumentReader;
import org.revisit.core.answers.AnswerDocumentWriter;
import org.revisit.core.answers.AnswerEntry;
import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.AnswerSearch;
import org.revisit.core.answers.BuiltinAnswers;
import org.revisit.core.answers.ImportResult;
import org.revisit.core.answers.LibraryCodec;
import org.revisit.core.answers.LibraryDiff;
import org.revisit.core.internal.Messages;
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.validation.SafeText;
import org.eclipse.osgi.util.NLS;
import org.revisit.store.AnswerRepository.AnswerUse;
import org.revisit.store.AnswerRepository.CallFacts;
import org.revisit.store.AnswerRepository.LibraryChanged;
import org.revisit.store.AnswerRepository.LibraryVersion;
import org.revisit.store.AuditActions;
import org.revisit.store.Store;

/**
 * The answer library on a store, for one user. The built-in library is version 0 and is not written to the
 * database: it is what everyone reads until the first store or import, which makes version 1 (so reading never
 * writes, and a team that never touches the library gets the newest built-in one with each update of Revisit).
 */
final class LocalAnswerService extends LocalService implements AnswerService {

	/** The most entries a library may hold. */
	static final int MAX_ENTRIES = 20_000;
	/** The largest document an import reads. */
	static final int MAX_DOCUMENT = 10 * 1024 * 1024;

	private volatile AnswerLibrary cached;

	LocalAnswerService(Store store, Principal principal) {
		super(store, principal);
	}

	@Override
	public AnswerLibrary library() {
		require(Permission.CALL);
		return guard(this::current);
	}

	/** The library in use; a stored version is read once (versions never change) and kept until a newer one. */
	private AnswerLibrary current() {
		int latest = store.answers().latestVersion();
		if (latest == 0) {
			return prepared(BuiltinAnswers.library());
		}
		AnswerLibrary kept = cached;
		if (kept == null || kept.version() != latest) {
			kept = prepared(LibraryCodec.read(store.answers().body(latest), latest));
			cached = kept;
		}
		return kept;
	}

	/** The library last made ready for searches by pinyin initials ({@link AnswerSearch#prepare}). */
	private volatile AnswerLibrary prepared;

	private AnswerLibrary prepared(AnswerLibrary library) {
		if (prepared != library) {
			AnswerSearch.prepare(library);
			prepared = library;
		}
		return library;
	}

	@Override
	public AnswerLibrary version(int version) {
		require(Permission.CALL);
		return guard(() -> {
			if (version == 0) {
				return BuiltinAnswers.library();
			}
			String body = store.answers().body(version);
			return body == null ? null : LibraryCodec.read(body, version);
		});
	}

	@Override
	public List<LibraryVersion> versions() {
		require(Permission.CALL);
		return guard(() -> store.answers().versions());
	}

	@Override
	public List<AnswerSearch.Hit> search(String text, String category, String language, int limit) {
		require(Permission.CALL);
		checkQuery(text, category, language, limit);
		return guard(() -> AnswerSearch.search(current(), text, category,
				new AnswerSearch.Preference(language, null, null), limit));
	}

	@Override
	public Suggestions suggest(long taskId, String text, String language, int limit) {
		require(Permission.CALL);
		checkQuery(text, null, language, limit);
		return guard(() -> {
			CallFacts found = task(taskId);
			// what the task says about the customer (its complaint's category) is for the agent holding the call and
			// for those who may read every call; anyone else gets the library's general suggestions
			CallFacts task = user().equals(found.leaseOwner()) || principal.may(Permission.ALL_OUTCOMES) ? found
					: new CallFacts(null, null, null);
			String tag = task.callType() == null ? null : task.callType().substring(task.callType().lastIndexOf('.') + 1);
			List<AnswerSearch.Hit> hits = AnswerSearch.search(current(), text, null,
					new AnswerSearch.Preference(language, task.complaint(), tag), limit);
			return new Suggestions(task.callType(), task.complaint(), hits);
		});
	}

	@Override
	public void recordUse(long taskId, String entryId, String branch) {
		require(Permission.CALL);
		if (entryId == null || entryId.isBlank() || entryId.length() > 100 || SafeText.forbidden(entryId) >= 0) {
			throw invalid(Messages.Answers_entryIdInvalid);
		}
		if (branch != null) {
			text(Messages.Answers_fieldBranch, branch, 200, true, false);
		}
		guard(() -> {
			CallFacts task = task(taskId);
			if (!user().equals(task.leaseOwner())) {
				throw refusal(ServiceException.Kind.CONFLICT, Messages.Answers_notHeld, taskId, user());
			}
			AnswerLibrary library = current();
			AnswerLibrary.Placed placed = library.find(entryId);
			if (placed == null) {
				throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Answers_noEntry, SafeText.echo(entryId));
			}
			if (branch != null && placed.entry().branch(branch) == null) {
				throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Answers_noBranch, SafeText.echo(entryId),
						SafeText.echo(branch), conditions(placed.entry()));
			}
			store.answers().recordUse(taskId, entryId, branch, library.version(), placed.entry().customer(), user());
			return null;
		});
	}

	/** The conditions of an entry's branches, for a message. */
	private static String conditions(AnswerEntry e) {
		List<String> all = new ArrayList<>();
		e.branches().forEach(b -> all.add(SafeText.echo(b.condition())));
		return all.isEmpty() ? "-" : String.join(", ", all); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<AnswerUse> uses(long taskId) {
		require(Permission.CALL);
		return guard(() -> {
			CallFacts task = task(taskId);
			if (!principal.may(Permission.ALL_OUTCOMES) && !user().equals(task.leaseOwner())
					&& store.answers().uses(taskId).stream().noneMatch(u -> u.agent().equals(user()))) {
				throw ServiceException.forbidden(principal, Permission.ALL_OUTCOMES);
			}
			return store.answers().uses(taskId);
		});
	}

	@Override
	public int store(AnswerLibrary library, int basedOn, String note) {
		require(Permission.ANSWERS);
		if (library == null) {
			throw invalid(Messages.Answers_noLibrary);
		}
		checkNote(note);
		int entries = check(library);
		return guard(() -> storeVersion(library, entries, basedOn, note));
	}

	/** Stores a checked library as the next version after {@code basedOn}; audited with what changed. */
	private int storeVersion(AnswerLibrary library, int entries, int basedOn, String note) {
		AnswerLibrary before = basedOn == 0 ? BuiltinAnswers.library() : stored(basedOn);
		LibraryDiff diff = LibraryDiff.between(before == null ? new AnswerLibrary(0, List.of()) : before, library);
		int version;
		try {
			version = store.answers().insertNewVersion(LibraryCodec.write(library), entries, note, user(), basedOn);
		} catch (LibraryChanged e) {
			throw ServiceException.refusal(ServiceException.Kind.CONFLICT, e, Messages.Answers_changed, e.latest(),
					e.basedOn());
		}
		// the audit trail's details are English, for support, as in the other services
		Audit.record(store, principal, AuditActions.ANSWERS, "AnswerLibrary", version, "version " + version //$NON-NLS-1$ //$NON-NLS-2$
				+ " (from " + basedOn + "), " + entries + " entries: " + diff.added().size() + " added, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ diff.changed().size() + " changed, " + diff.removed().size() + " removed" //$NON-NLS-1$ //$NON-NLS-2$
				+ (diff.isEmpty() ? "" : " (" + firstIds(diff) + ")") + (note == null ? "" : "; " + note)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		return version;
	}

	/** The ids of the first entries changed, for the audit record. */
	private static String firstIds(LibraryDiff diff) {
		List<String> ids = new ArrayList<>();
		diff.added().forEach(p -> ids.add("+" + p.entry().id()));
		diff.changed().forEach(p -> ids.add("~" + p.entry().id()));
		diff.removed().forEach(p -> ids.add("-" + p.entry().id()));
		return ids.size() <= 10 ? String.join(" ", ids) : String.join(" ", ids.subList(0, 10)) + " \u2026";
	}

	/** A stored version, read; {@code null} if there is none. */
	private AnswerLibrary stored(int version) {
		AnswerLibrary kept = cached;
		if (kept != null && kept.version() == version) {
			return kept;
		}
		String body = store.answers().body(version);
		return body == null ? null : LibraryCodec.read(body, version);
	}

	@Override
	public List<VersionChanges> history() {
		require(Permission.ANSWERS);
		return guard(() -> {
			List<VersionChanges> result = new ArrayList<>();
			AnswerLibrary before = BuiltinAnswers.library();
			for (LibraryVersion v : store.answers().versions()) {
				AnswerLibrary library = stored(v.version());
				result.add(new VersionChanges(v, LibraryDiff.between(before, library)));
				before = library;
			}
			return result;
		});
	}

	@Override
	public int restore(int version, int basedOn) {
		require(Permission.ANSWERS);
		return guard(() -> {
			AnswerLibrary old = version == 0 ? BuiltinAnswers.library() : version < 0 ? null : stored(version);
			if (old == null) {
				throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Answers_noVersion, version);
			}
			return storeVersion(old, old.entries().size(), basedOn, NLS.bind(Messages.Answers_restoreNote, version));
		});
	}

	@Override
	public ImportResult importDocument(byte[] document, String fileName, boolean replace, boolean dryRun) {
		require(Permission.ANSWERS);
		if (document == null || document.length == 0) {
			throw invalid(Messages.Answers_emptyDocument);
		}
		if (document.length > MAX_DOCUMENT) {
			throw invalid(Messages.Answers_documentTooLarge, MAX_DOCUMENT, document.length);
		}
		String name = fileName == null ? "document" : SafeText.echo(fileName); //$NON-NLS-1$
		Map<String, Integer> lines = new HashMap<>();
		ImportResult read = AnswerDocumentReader.read(document, lines);
		if (read.entries() == 0) {
			throw invalid(Messages.Answers_noEntryFound, name, read.problems().size());
		}
		// the same check the stored library gets, on what was read, naming the document's line: a dry run reports
		// whatever the import would refuse, and a refusal says where in the document to look
		check(new AnswerLibrary(0, read.categories()),
				e -> NLS.bind(Messages.Answers_documentLine, new Object[] { name, lines.getOrDefault(e.id(), 0),
						SafeText.echo(e.customer()) }));
		if (dryRun) {
			return read;
		}
		return guard(() -> {
			AnswerLibrary base = current();
			List<AnswerCategory> categories = new ArrayList<>(replace ? List.of() : base.categories());
			categories.addAll(read.categories());
			AnswerLibrary merged = new AnswerLibrary(0, uniqueIds(categories));
			int entries = check(merged);
			int version = storeVersion(merged, entries, base.version(),
					NLS.bind(replace ? Messages.Answers_importNoteReplacing : Messages.Answers_importNote, name,
							read.entries()));
			return read.stored(version);
		});
	}

	@Override
	public byte[] export() {
		require(Permission.ANSWERS);
		return guard(() -> {
			byte[] bytes = AnswerDocumentWriter.write(current()).getBytes(StandardCharsets.UTF_8);
			Audit.record(store, principal, AuditActions.EXPORT, "AnswerLibrary", 0, "answer library exported"); //$NON-NLS-1$ //$NON-NLS-2$
			return bytes;
		});
	}

	// ---- checks -------------------------------------------------------------------------------------------

	/** Categories whose entry ids repeat ones before them (the same document imported twice) get new ids. */
	private static List<AnswerCategory> uniqueIds(List<AnswerCategory> categories) {
		Set<String> seen = new HashSet<>();
		List<AnswerCategory> result = new ArrayList<>();
		for (AnswerCategory c : categories) {
			result.add(uniqueIds(c, seen));
		}
		return result;
	}

	private static AnswerCategory uniqueIds(AnswerCategory c, Set<String> seen) {
		List<AnswerEntry> entries = new ArrayList<>();
		for (AnswerEntry e : c.entries()) {
			String id = e.id();
			for (int i = 2; !seen.add(id); i++) {
				id = e.id() + "-" + i;
			}
			entries.add(id.equals(e.id()) ? e
					: new AnswerEntry(id, e.customer(), e.reply(), e.branches(), e.tags(), e.complaintCategory(), e.language()));
		}
		List<AnswerCategory> children = new ArrayList<>();
		for (AnswerCategory child : c.children()) {
			children.add(uniqueIds(child, seen));
		}
		return new AnswerCategory(c.id(), c.title(), children, entries);
	}

	/** Checks every text of the library; returns the number of entries. */
	private static int check(AnswerLibrary library) {
		return check(library, e -> NLS.bind(Messages.Answers_entry, SafeText.echo(e.id())));
	}

	/** Checks every text of the library, naming a refused entry with {@code where}; returns the number of entries. */
	private static int check(AnswerLibrary library, Function<AnswerEntry, String> where) {
		Set<String> ids = new HashSet<>();
		int[] count = { 0 };
		for (AnswerCategory c : library.categories()) {
			check(c, ids, count, 1, where);
		}
		return count[0];
	}

	private static void check(AnswerCategory c, Set<String> ids, int[] count, int depth,
			Function<AnswerEntry, String> naming) {
		if (depth > 10) {
			throw invalid(Messages.Answers_nestTooDeep, SafeText.echo(c.title()));
		}
		text(Messages.Answers_fieldCategoryId, c.id(), 100, true, false);
		text(Messages.Answers_fieldCategoryTitle, c.title(), 200, true, false);
		for (AnswerEntry e : c.entries()) {
			if (++count[0] > MAX_ENTRIES) {
				throw invalid(Messages.Answers_tooManyEntries, MAX_ENTRIES);
			}
			text(Messages.Answers_fieldEntryId, e.id(), 100, true, false);
			if (!ids.add(e.id())) {
				throw invalid(Messages.Answers_idTwice, SafeText.echo(e.id()));
			}
			String where = naming.apply(e);
			text(of(where, Messages.Answers_fieldCustomer), e.customer(), 1000, true, true);
			text(of(where, Messages.Answers_fieldReply), e.reply(), 4000, false, true);
			if (e.language() == null || !e.language().matches("[a-z]{2}")) { //$NON-NLS-1$
				throw invalid(of(where, NLS.bind(Messages.Answers_language, SafeText.echo(e.language()))));
			}
			if (e.complaintCategory() != null && ComplaintCategory.getByName(e.complaintCategory()) == null) {
				throw invalid(of(where, NLS.bind(Messages.Answers_complaint, ComplaintCategory.VALUES,
						SafeText.echo(e.complaintCategory()))));
			}
			if (e.tags().size() > 50) {
				throw invalid(of(where, Messages.Answers_tooManyTags));
			}
			for (String tag : e.tags()) {
				text(of(where, Messages.Answers_fieldTag), tag, 100, true, false);
				if (tag.contains(",")) { //$NON-NLS-1$
					throw invalid(of(where, NLS.bind(Messages.Answers_tagComma, SafeText.echo(tag))));
				}
			}
			for (AnswerBranch b : e.branches()) {
				text(of(where, Messages.Answers_fieldBranchCondition), b.condition(), 200, true, false);
				text(of(where, Messages.Answers_fieldBranchReply), b.reply(), 4000, false, true);
			}
		}
		for (AnswerCategory child : c.children()) {
			check(child, ids, count, depth + 1, naming);
		}
	}

	/** "{where}: {what}", in the user's language. */
	private static String of(String where, String what) {
		return NLS.bind(Messages.Answers_of, where, what);
	}

	private static void text(String field, String value, int max, boolean required, boolean lines) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw invalid(Messages.Answers_empty, field);
			}
			return;
		}
		if (value.length() > max) {
			throw invalid(Messages.Answers_tooLong, field, max, value.length());
		}
		String checked = lines ? value.replace('\n', ' ') : value;
		int bad = SafeText.forbidden(checked);
		if (bad >= 0) {
			throw invalid(Messages.Answers_forbidden, field, SafeText.describe(checked, bad));
		}
	}

	private static void checkNote(String note) {
		if (note != null) {
			text(Messages.Answers_fieldNote, note, 500, false, false);
		}
	}

	private static void checkQuery(String text, String category, String language, int limit) {
		if (limit < 1 || limit > 1000) {
			throw invalid(Messages.Answers_limit, limit);
		}
		if (text != null) {
			text(Messages.Answers_fieldSearch, text, 200, false, false);
		}
		if (category != null) {
			text(Messages.Answers_fieldCategory, category, 200, false, false);
		}
		if (language != null && !language.matches("[a-z]{2}")) { //$NON-NLS-1$
			throw invalid(Messages.Answers_language, SafeText.echo(language));
		}
	}

	// ---- the call ------------------------------------------------------------------------------------------

	/** The call type, holder and complaint category (of its service event or its callback's) of a task. */
	private CallFacts task(long taskId) {
		CallFacts info = store.answers().callFacts(taskId);
		if (info == null) {
			throw refusal(ServiceException.Kind.NOT_FOUND, Messages.Answers_noCall, taskId);
		}
		return info;
	}
}
