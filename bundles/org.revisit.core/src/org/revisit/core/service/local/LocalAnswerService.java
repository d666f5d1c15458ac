package org.revisit.core.service.local;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.revisit.core.service.AnswerService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AnswerRepository.AnswerUse;
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
			return BuiltinAnswers.library();
		}
		AnswerLibrary kept = cached;
		if (kept == null || kept.version() != latest) {
			kept = LibraryCodec.read(store.answers().body(latest), latest);
			cached = kept;
		}
		return kept;
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
			TaskInfo found = task(taskId);
			// what the task says about the customer (its complaint's category) is for the agent holding the call and
			// for those who may read every call; anyone else gets the library's general suggestions
			TaskInfo task = user().equals(found.leaseOwner()) || principal.may(Permission.ALL_OUTCOMES) ? found
					: new TaskInfo(null, null, null);
			String tag = task.callType() == null ? null : task.callType().substring(task.callType().lastIndexOf('.') + 1);
			List<AnswerSearch.Hit> hits = AnswerSearch.search(current(), text, null,
					new AnswerSearch.Preference(language, task.complaint(), tag), limit);
			return new Suggestions(task.callType(), task.complaint(), hits);
		});
	}

	@Override
	public void recordUse(long taskId, String entryId) {
		require(Permission.CALL);
		if (entryId == null || entryId.isBlank() || entryId.length() > 100 || SafeText.forbidden(entryId) >= 0) {
			throw invalid("entry id must be 1 to 100 characters without control characters");
		}
		guard(() -> {
			TaskInfo task = task(taskId);
			if (!user().equals(task.leaseOwner())) {
				throw new ServiceException(ServiceException.Kind.CONFLICT, "call " + taskId
						+ " is not held by " + user() + "; the use of the reply was not recorded");
			}
			AnswerLibrary library = current();
			AnswerLibrary.Placed placed = library.find(entryId);
			if (placed == null) {
				throw new ServiceException(ServiceException.Kind.NOT_FOUND,
						"entry " + SafeText.echo(entryId) + " is not in the answer library");
			}
			store.answers().recordUse(taskId, entryId, library.version(), placed.entry().customer(), user());
			return null;
		});
	}

	@Override
	public List<AnswerUse> uses(long taskId) {
		require(Permission.CALL);
		return guard(() -> {
			TaskInfo task = task(taskId);
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
			throw invalid("library: none given");
		}
		checkNote(note);
		int entries = check(library);
		return guard(() -> storeVersion(library, entries, basedOn, note));
	}

	/** Stores a checked library as the next version after {@code basedOn}; audited with what changed. */
	private int storeVersion(AnswerLibrary library, int entries, int basedOn, String note) {
		AnswerLibrary before = basedOn == 0 ? BuiltinAnswers.library() : stored(basedOn);
		LibraryDiff diff = LibraryDiff.between(before == null ? new AnswerLibrary(0, List.of()) : before, library);
		int version = store.answers().insertNewVersion(LibraryCodec.write(library), entries, note, user(), basedOn);
		Audit.record(store, principal, AuditActions.ANSWERS, "AnswerLibrary", version, "version " + version
				+ " (from " + basedOn + "), " + entries + " entries: " + diff.added().size() + " added, "
				+ diff.changed().size() + " changed, " + diff.removed().size() + " removed"
				+ (diff.isEmpty() ? "" : " (" + firstIds(diff) + ")") + (note == null ? "" : "; " + note));
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
				throw new ServiceException(ServiceException.Kind.NOT_FOUND,
						"version " + version + " of the answer library is not stored");
			}
			return storeVersion(old, old.entries().size(), basedOn, "restore of version " + version);
		});
	}

	@Override
	public ImportResult importDocument(byte[] document, String fileName, boolean replace, boolean dryRun) {
		require(Permission.ANSWERS);
		if (document == null || document.length == 0) {
			throw invalid("document: empty");
		}
		if (document.length > MAX_DOCUMENT) {
			throw invalid("document: at most " + MAX_DOCUMENT + " bytes, not " + document.length);
		}
		String name = fileName == null ? "document" : SafeText.echo(fileName);
		Map<String, Integer> lines = new HashMap<>();
		ImportResult read = AnswerDocumentReader.read(document, lines);
		if (read.entries() == 0) {
			throw invalid(name + ": no entry found (" + read.problems().size() + " lines not understood)");
		}
		// the same check the stored library gets, on what was read, naming the document's line: a dry run reports
		// whatever the import would refuse, and a refusal says where in the document to look
		check(new AnswerLibrary(0, read.categories()),
				e -> name + " line " + lines.getOrDefault(e.id(), 0) + " (" + SafeText.echo(e.customer()) + "): ");
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
					"import of " + name + ", " + read.entries() + " entries" + (replace ? ", replacing" : ""));
			return read.stored(version);
		});
	}

	@Override
	public byte[] export() {
		require(Permission.ANSWERS);
		return guard(() -> {
			byte[] bytes = AnswerDocumentWriter.write(current()).getBytes(StandardCharsets.UTF_8);
			Audit.record(store, principal, AuditActions.EXPORT, "AnswerLibrary", 0, "answer library exported");
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
		return check(library, e -> "entry " + SafeText.echo(e.id()) + ": ");
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
			throw invalid("category " + SafeText.echo(c.title()) + ": categories nest at most 10 deep");
		}
		text("category id", c.id(), 100, true, false);
		text("category title", c.title(), 200, true, false);
		for (AnswerEntry e : c.entries()) {
			if (++count[0] > MAX_ENTRIES) {
				throw invalid("library: at most " + MAX_ENTRIES + " entries");
			}
			text("entry id", e.id(), 100, true, false);
			if (!ids.add(e.id())) {
				throw invalid("entry id " + SafeText.echo(e.id()) + " is used twice");
			}
			String where = naming.apply(e);
			text(where + "customer", e.customer(), 1000, true, true);
			text(where + "reply", e.reply(), 4000, false, true);
			if (e.language() == null || !e.language().matches("[a-z]{2}")) {
				throw invalid(where + "language must be a two-letter code such as zh or en, not "
						+ SafeText.echo(e.language()));
			}
			if (e.complaintCategory() != null && ComplaintCategory.getByName(e.complaintCategory()) == null) {
				throw invalid(where + "complaint category must be one of " + ComplaintCategory.VALUES + ", not "
						+ SafeText.echo(e.complaintCategory()));
			}
			if (e.tags().size() > 50) {
				throw invalid(where + "at most 50 tags");
			}
			for (String tag : e.tags()) {
				text(where + "tag", tag, 100, true, false);
				if (tag.contains(",")) {
					throw invalid(where + "a tag must not contain a comma: " + SafeText.echo(tag));
				}
			}
			for (AnswerBranch b : e.branches()) {
				text(where + "branch condition", b.condition(), 200, true, false);
				text(where + "branch reply", b.reply(), 4000, false, true);
			}
		}
		for (AnswerCategory child : c.children()) {
			check(child, ids, count, depth + 1, naming);
		}
	}

	private static void text(String field, String value, int max, boolean required, boolean lines) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw invalid(field + " is empty");
			}
			return;
		}
		if (value.length() > max) {
			throw invalid(field + " holds at most " + max + " characters, not " + value.length());
		}
		String checked = lines ? value.replace('\n', ' ') : value;
		int bad = SafeText.forbidden(checked);
		if (bad >= 0) {
			throw invalid(field + " must not contain " + SafeText.describe(checked, bad));
		}
	}

	private static void checkNote(String note) {
		if (note != null) {
			text("note", note, 500, false, false);
		}
	}

	private static void checkQuery(String text, String category, String language, int limit) {
		if (limit < 1 || limit > 1000) {
			throw invalid("limit must be 1 to 1000, not " + limit);
		}
		if (text != null) {
			text("search text", text, 200, false, false);
		}
		if (category != null) {
			text("category", category, 200, false, false);
		}
		if (language != null && !language.matches("[a-z]{2}")) {
			throw invalid("language must be a two-letter code such as zh or en, not " + SafeText.echo(language));
		}
	}

	// ---- the call ------------------------------------------------------------------------------------------

	private record TaskInfo(String callType, String leaseOwner, String complaint) {
	}

	/** The call type, holder and complaint category (of its service event or its callback's) of a task. */
	private TaskInfo task(long taskId) {
		TaskInfo info = store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT t.call_type, t.lease_owner, e.complaint_category, "
					+ "e2.complaint_category FROM call_task t LEFT JOIN service_event e ON e.id = t.source_event_id "
					+ "LEFT JOIN callback cb ON cb.id = t.callback_id "
					+ "LEFT JOIN service_event e2 ON e2.id = cb.service_event_id WHERE t.id = ?")) {
				p.setLong(1, taskId);
				try (ResultSet rs = p.executeQuery()) {
					if (!rs.next()) {
						return null;
					}
					String complaint = rs.getString(3);
					if (complaint == null || "NONE".equals(complaint)) {
						complaint = rs.getString(4);
					}
					return new TaskInfo(rs.getString(1), rs.getString(2),
							complaint == null || "NONE".equals(complaint) ? null : complaint);
				}
			}
		});
		if (info == null) {
			throw new ServiceException(ServiceException.Kind.NOT_FOUND, "call " + taskId + " does not exist");
		}
		return info;
	}
}
