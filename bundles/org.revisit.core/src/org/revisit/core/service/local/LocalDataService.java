package org.revisit.core.service.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;

import org.revisit.core.internal.Messages;
import org.revisit.core.demo.DemoData;
import org.revisit.core.io.ContactExporter;
import org.revisit.core.io.ContactImporter;
import org.revisit.core.io.Encodings;
import org.revisit.core.io.EventExporter;
import org.revisit.core.io.EventImporter;
import org.revisit.core.io.ImportException;
import org.revisit.core.io.ImportOptions;
import org.revisit.core.io.ImportPreviewer;
import org.revisit.core.io.ImportResult;
import org.revisit.core.io.ImportSource;
import org.revisit.core.service.DataService;
import org.revisit.core.service.Permission;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.model.validation.SafeText;
import org.revisit.store.AuditActions;
import org.revisit.store.ContactFilter;
import org.revisit.store.ContactQueries;
import org.revisit.store.Store;

/**
 * Imports, exports and demo data on a store, for one user. An import reads the bytes it is given (the file name
 * only names them in messages) and hands the rejected rows back as bytes: nothing here opens a path a client
 * named.
 */
final class LocalDataService extends LocalService implements DataService {

	/** The most demo contacts one call adds. */
	static final int MAX_DEMO = 10_000_000;
	private static final int MAX_NAME = 1000;

	LocalDataService(Store store, Principal principal) {
		super(store, principal);
	}

	/** One of the two importers, run on a source. */
	@FunctionalInterface
	private interface Importer {
		ImportResult run(Store store, ImportSource source, ImportOptions options) throws ImportException;
	}

	@Override
	public ImportReport importContacts(byte[] content, String fileName, boolean dryRun, String encoding) {
		return run(ContactImporter::run, "contacts", "Contact", content, fileName, dryRun, encoding);
	}

	@Override
	public ImportReport importEvents(byte[] content, String fileName, boolean dryRun, String encoding) {
		return run(EventImporter::run, "service events", "ServiceEvent", content, fileName, dryRun, encoding);
	}

	/** The imports under way on each store, by user: where they stand, and whether they were asked to stop. */
	private static final Map<Store, Map<String, RunningImport>> IMPORTS = new WeakHashMap<>();

	/** An import under way: told the rows stored so far after each batch, it stops there when cancelled. */
	private static final class RunningImport implements LongConsumer {
		final long lines;
		volatile long stored;
		volatile boolean cancelled;

		RunningImport(long lines) {
			this.lines = lines;
		}

		@Override
		public void accept(long rows) {
			stored = rows;
			if (cancelled) {
				throw new CancellationException(Messages.Data_cancelled);
			}
		}
	}

	private RunningImport startImport(byte[] content) {
		long lines = 0;
		for (byte b : content) {
			if (b == '\n') {
				lines++;
			}
		}
		RunningImport running = new RunningImport(Math.max(0, lines - 1));
		synchronized (IMPORTS) {
			IMPORTS.computeIfAbsent(store, k -> new HashMap<>()).put(user(), running);
		}
		return running;
	}

	@Override
	public ImportProgress importProgress() {
		require(Permission.IMPORT);
		synchronized (IMPORTS) {
			RunningImport r = IMPORTS.getOrDefault(store, Map.of()).get(user());
			return r == null ? null : new ImportProgress(r.stored, r.lines);
		}
	}

	@Override
	public boolean cancelImport() {
		require(Permission.IMPORT);
		synchronized (IMPORTS) {
			RunningImport r = IMPORTS.getOrDefault(store, Map.of()).get(user());
			if (r == null) {
				return false;
			}
			r.cancelled = true;
			return true;
		}
	}

	@Override
	public ImportPreview previewImport(ImportKind kind, byte[] content, String fileName, String encoding) {
		require(Permission.IMPORT);
		if (kind == null) {
			throw invalid(Messages.Data_kind);
		}
		if (content == null) {
			throw invalid(Messages.Data_noContent);
		}
		String name = fileName == null || fileName.isBlank() ? Messages.Data_theFile : SafeText.echo(fileName, MAX_NAME);
		boolean events = kind == ImportKind.EVENTS;
		try {
			ImportPreviewer.Preview p = ImportPreviewer.preview(ImportSource.bytes(content, name), events,
					encoding == null ? null : charset(encoding), PREVIEW_ROWS);
			List<ImportColumn> columns = ImportPreviewer.columns(events).stream()
					.map(c -> new ImportColumn(c.english(), c.chinese(), c.required())).toList();
			return new ImportPreview(p.encoding().name(), p.header(), p.rows(), p.mapping(), columns);
		} catch (ImportException e) {
			throw invalid(e.getMessage());
		}
	}

	private static final int PREVIEW_ROWS = 20;

	@Override
	public ImportReport importMapped(ImportKind kind, byte[] content, String fileName, boolean dryRun,
			String encoding, List<String> mapping) {
		if (kind == null) {
			require(Permission.IMPORT);
			throw invalid(Messages.Data_kind);
		}
		if (mapping == null) {
			require(Permission.IMPORT);
			throw invalid(Messages.Data_mapping);
		}
		Importer plain = kind == ImportKind.EVENTS ? EventImporter::run : ContactImporter::run;
		Importer mapped = (s, source, options) -> plain.run(s, source.withMapping(mapping), options);
		return kind == ImportKind.EVENTS
				? run(mapped, "service events", "ServiceEvent", content, fileName, dryRun, encoding)
				: run(mapped, "contacts", "Contact", content, fileName, dryRun, encoding);
	}

	private ImportReport run(Importer importer, String what, String entity, byte[] content, String fileName,
			boolean dryRun, String encoding) {
		require(Permission.IMPORT);
		if (content == null) {
			throw invalid(Messages.Data_noContent);
		}
		String name = fileName == null || fileName.isBlank() ? Messages.Data_theFile : fileName;
		if (name.length() > MAX_NAME) {
			throw invalid(Messages.Data_nameLong, MAX_NAME);
		}
		ImportOptions options = ImportOptions.defaults().withDryRun(dryRun);
		if (encoding != null) {
			options = options.withEncoding(charset(encoding));
		}
		ByteArrayOutputStream rejects = new ByteArrayOutputStream();
		ImportResult r;
		RunningImport running = dryRun ? null : startImport(content);
		try {
			if (running != null) {
				options = options.withProgress(running);
			}
			r = importer.run(store, ImportSource.bytes(content, name), options.withRejectsTo(rejects));
		} catch (ImportException e) {
			throw new ServiceException(e.getCause() instanceof SQLException ? ServiceException.Kind.FAILED
					: ServiceException.Kind.INVALID, e.getMessage(), e);
		} catch (CancellationException e) {
			throw new ServiceException(ServiceException.Kind.CONFLICT, e.getMessage(), e);
		} finally {
			if (running != null) {
				synchronized (IMPORTS) {
					Map<String, RunningImport> mine = IMPORTS.get(store);
					if (mine != null) {
						mine.remove(user(), running);
					}
				}
			}
		}
		if (!dryRun) {
			Audit.record(store, principal, AuditActions.IMPORT, entity, 0, SafeText.echo(name, 200) + ": " + r.stored() + " "
					+ what + " stored, " + r.rejected() + " rejected");
		}
		return new ImportReport(r.read(), r.stored(), r.valid(), r.rejected(), r.encoding().name(), r.firstRejects(),
				r.warnings(), r.rejected() == 0 ? null : rejects.toByteArray());
	}

	@Override
	public ExportReport exportContacts(String encoding) {
		require(Permission.EXPORT);
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : charset(encoding);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long count;
		try {
			count = ContactExporter.write(store, out, charset);
		} catch (ContactExporter.NotEncodable e) {
			throw invalid(e.getMessage());
		} catch (IOException e) {
			throw ServiceException.refusal(ServiceException.Kind.FAILED, e, Messages.Data_exportContacts, e.getMessage());
		}
		Audit.record(store, principal, AuditActions.EXPORT, "Contact", 0, count + " contacts in " + charset.name());
		return new ExportReport(count, charset.name(), out.toByteArray());
	}

	@Override
	public ExportReport exportMatching(ContactFilter filter, List<Long> ids, String encoding) {
		require(Permission.EXPORT);
		if (ids == null && filter == null) {
			throw invalid(Messages.Data_exportWhich);
		}
		if (ids != null && ids.size() > MAX_EXPORT_IDS) {
			throw invalid(Messages.Data_tooManyIds, MAX_EXPORT_IDS);
		}
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : charset(encoding);
		ContactQueries queries = new ContactQueries(store);
		List<Long> chosen = ids == null ? null
				: ids.stream().filter(java.util.Objects::nonNull).sorted().distinct().toList();
		ContactExporter.Pages pages = chosen == null ? (after, limit) -> queries.pageAfter(filter, after, limit)
				: (after, limit) -> chosenAfter(queries, chosen, after, limit);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long count;
		try {
			count = ContactExporter.write(pages, out, charset);
		} catch (ContactExporter.NotEncodable e) {
			throw invalid(e.getMessage());
		} catch (IOException e) {
			throw ServiceException.refusal(ServiceException.Kind.FAILED, e, Messages.Data_exportContacts, e.getMessage());
		}
		Audit.record(store, principal, AuditActions.EXPORT, "Contact", 0, count + " contacts in " + charset.name()
				+ (chosen == null ? " (filter " + filter + ")" : " (chosen)"));
		return new ExportReport(count, charset.name(), out.toByteArray());
	}

	@Override
	public ExportReport exportEvents(LocalDate from, LocalDate to, String encoding) {
		require(Permission.EXPORT);
		if (from != null && to != null && to.isBefore(from)) {
			throw invalid(Messages.Data_period, to, from);
		}
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : charset(encoding);
		// The days in this computer's zone, as the import reads times without an offset.
		ZoneId zone = ZoneId.systemDefault();
		Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
		Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long count;
		try {
			count = EventExporter.write((after, limit) -> store.events().pageForExport(after, start, end, limit), out,
					charset, zone);
		} catch (ContactExporter.NotEncodable e) {
			throw invalid(e.getMessage());
		} catch (IOException e) {
			throw ServiceException.refusal(ServiceException.Kind.FAILED, e, Messages.Data_exportEvents, e.getMessage(),
					e);
		}
		Audit.record(store, principal, AuditActions.EXPORT, "ServiceEvent", 0, count + " service events in "
				+ charset.name() + (from == null && to == null ? "" : " (" + (from == null ? "" : from) + " to "
						+ (to == null ? "" : to) + ")"));
		return new ExportReport(count, charset.name(), out.toByteArray());
	}

	private static final int MAX_EXPORT_IDS = 100_000;

	/** The chosen contacts (ids sorted) above {@code after}, at most {@code limit}, skipping ids that do not exist. */
	private static List<org.revisit.model.Contact> chosenAfter(ContactQueries queries, List<Long> chosen, long after,
			int limit) {
		List<org.revisit.model.Contact> found = new java.util.ArrayList<>();
		long from = after;
		while (found.size() < limit) {
			long above = from;
			List<Long> next = chosen.stream().filter(id -> id > above).limit(limit - found.size()).toList();
			if (next.isEmpty()) {
				break;
			}
			found.addAll(queries.byIds(next));
			from = next.get(next.size() - 1);
		}
		return found;
	}

	@Override
	public DemoReport demo(int contacts) {
		require(Permission.IMPORT);
		if (contacts < 0 || contacts > MAX_DEMO) {
			throw invalid(Messages.Data_demoContacts, MAX_DEMO, contacts);
		}
		long started = System.nanoTime();
		int tasks = DemoData.addContacts(store, contacts, DemoData.today(store.clock()));
		long millis = (System.nanoTime() - started) / 1_000_000;
		Audit.record(store, principal, AuditActions.DEMO, "Contact", 0, contacts + " demo contacts, " + tasks + " calls planned");
		return new DemoReport(contacts, tasks, millis, store.counts());
	}

	/** The charset an encoding name stands for (utf-8 or gbk, and their aliases). */
	private static Charset charset(String encoding) {
		try {
			return Encodings.named(encoding);
		} catch (UnsupportedCharsetException e) {
			throw invalid(Messages.Data_encoding, SafeText.echo(encoding));
		}
	}
}
