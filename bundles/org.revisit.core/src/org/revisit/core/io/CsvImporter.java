package org.revisit.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.core.io.CsvRecordReader.Record;
import org.revisit.store.ImportTransaction;
import org.revisit.store.Store;
import org.revisit.store.StoreException;

/**
 * The steps every CSV import shares: find the encoding, read the header, split, validate and check each row,
 * report the bad rows (with their physical line) and store the good ones in batches, all in one
 * {@link ImportTransaction}: an import stores all its valid rows or, if it fails or is killed, nothing.
 */
abstract class CsvImporter<C extends Enum<C> & Column, T> {

	/** Rows per batch; measured with {@code revisit cli bench import}. */
	static final int BATCH = 2000;

	private final Class<C> columns;
	Store store;
	Header<C> header;
	/** How messages name the file. */
	String file;
	Charset charset;

	CsvImporter(Class<C> columns) {
		this.columns = columns;
	}

	/** A data row: its physical line and its fields. */
	final class Row {
		final long line;
		final List<String> fields;

		Row(long line, List<String> fields) {
			this.line = line;
			this.fields = fields;
		}

		/**
		 * The column's value without surrounding blanks and without the {@code '} that an export puts before a
		 * value that a spreadsheet would take for a formula ({@link Values#unneutralise}); "" if empty or if the
		 * file has no such column.
		 */
		String get(C column) {
			int i = header.indexOf(column);
			return i < 0 ? "" : Values.unneutralise(fields.get(i).strip());
		}
	}

	/** Checks the header beyond its required columns. */
	void checkHeader(Header<C> h) throws ImportException {
	}

	/** Loads what the row checks need from the database (one query, not one per row, where possible). */
	abstract void prepare(ImportTransaction tx);

	/** The object of a row, or a {@link BadValue} saying why the row cannot be stored. */
	abstract T parse(ImportTransaction tx, Row row) throws BadValue;

	/**
	 * Whether {@link #parseAlone} and {@link #accept} replace {@link #parse}: the checks of a row that need neither
	 * the database nor the rows before it then run on a second thread while this one reads the file and makes the
	 * checks that do, in the file's order.
	 */
	boolean checksAlone() {
		return false;
	}

	/** The checks of a row that need nothing but the row (run on the second thread); only if {@link #checksAlone}. */
	T parseAlone(Row row) throws BadValue {
		throw new UnsupportedOperationException();
	}

	/** The checks of a row {@link #parseAlone} passed that need the earlier rows or the database, in file order. */
	T accept(ImportTransaction tx, Row row, T parsed) throws BadValue {
		return parsed;
	}

	/** Inserts (or stages) a batch of valid objects on the import's transaction. */
	abstract void insert(ImportTransaction tx, List<T> batch);

	/** Stores what {@link #insert} staged, on the import's transaction, after the last batch and before the commit. */
	void finish(ImportTransaction tx) {
	}

	/** Frees what the import staged (temporary files), whether it was stored or not. */
	void release() {
	}

	/** Where the checked rows go, a batch at a time. */
	private interface Sink<T> {
		void accept(List<T> batch);
	}

	private long read;
	private long valid;
	private long rejected;
	private long stored;
	private final List<Reject> firstRejects = new ArrayList<>();

	final ImportResult run(Store target, ImportSource source, ImportOptions options) throws ImportException {
		this.store = target;
		this.file = source.name();
		String csv = file;
		Path path = source.file();
		if (path != null) {
			if (!Files.exists(path)) {
				throw new ImportException(NLS.bind(Messages.ImportFile_cannotRead, csv, Messages.ImportFile_noSuchFile));
			}
			if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
				throw new ImportException(NLS.bind(Messages.ImportFile_cannotRead, csv,
						Files.isDirectory(path) ? Messages.ImportFile_isFolder
								: !Files.isReadable(path) ? Messages.ImportFile_permissionDenied
										: Messages.ImportFile_notRegularFile));
			}
		}
		if (options.rejects() != null) {
			if (path != null) {
				checkRejectsIsNotInput(options.rejects(), path);
			}
			try {
				IoErrors.checkWritableFile(options.rejects());
			} catch (FileSystemException e) {
				throw new ImportException(
						NLS.bind(Messages.ImportFile_rejectsNotWritable, options.rejects(), IoErrors.reason(e)), e);
			}
		}
		try {
			charset = options.encoding() != null ? options.encoding() : source.detectEncoding();
		} catch (IOException e) {
			throw new ImportException(IoErrors.cannotRead(csv, e), e);
		}
		// Bytes the encoding cannot decode become U+FFFD; check() rejects the rows that have one (and, in a GBK
		// file, the rows that are UTF-8), so that a row in another encoding, a wrongly forced encoding or a
		// broken file stores nothing garbled and fails no other row.
		try (CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new InputStreamReader(source.open(),
				charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)),
				1 << 16))) {
			Record first = reader.next();
			if (first == null) {
				throw new ImportException(NLS.bind(Messages.ImportFile_empty, csv));
			}
			if (first.malformed()) {
				throw new ImportException(NLS.bind(Messages.ImportFile_badHeaderRow, csv, first.error()));
			}
			header = source.mapping() == null ? Header.of(columns, first.fields(), csv)
					: Header.mapped(columns, source.mapping(), first.fields(), csv);
			checkHeader(header);
			try (RejectsWriter rejects = rejectsWriter(options, first.fields());
					ImportTransaction tx = ImportTransaction.open(store, options.dryRun())) {
				try {
					prepare(tx);
					if (options.dryRun()) {
						check(reader, rejects, tx, batch -> {
						});
					} else {
						check(reader, rejects, tx, batch -> store(tx, batch, options));
						finish(tx);
						tx.commit();
					}
					commit(rejects, options.dryRun());
				} finally {
					// Closing the transaction without its commit rolls it back.
					release();
				}
			}
		} catch (IOException e) {
			throw new ImportException(NLS.bind(Messages.ImportFile_nothingStored, IoErrors.cannotRead(csv, e)), e);
		} catch (StoreException e) {
			throw new ImportException(NLS.bind(Messages.ImportFile_cannotStore, csv, e.getMessage()), e);
		}
		return new ImportResult(read, stored, valid, rejected, charset, List.copyOf(firstRejects),
				List.copyOf(header.warnings()));
	}

	private void store(ImportTransaction tx, List<T> batch, ImportOptions options) {
		insert(tx, batch);
		stored += batch.size();
		if (options.progress() != null) {
			options.progress().accept(stored);
		}
	}

	/** Records handed to the second thread at a time, and how many such blocks may wait for their checks. */
	private static final int BLOCK = 500;
	private static final int BLOCKS_AHEAD = 4;

	/** A record and what the checks that need nothing else found: a reject, or the row and its object. */
	private final class Checked {
		final Record record;
		final Reject reject;
		final Row row;
		final T value;

		Checked(Record record, Reject reject, Row row, T value) {
			this.record = record;
			this.reject = reject;
			this.row = row;
			this.value = value;
		}
	}

	/** Reads, splits and checks every row; reports the bad ones and hands the good ones on in batches. */
	private void check(CsvRecordReader reader, RejectsWriter rejects, ImportTransaction tx, Sink<T> sink)
			throws IOException {
		List<T> batch = new ArrayList<>(BATCH);
		if (!checksAlone()) {
			for (Record r = reader.next(); r != null; r = reader.next()) {
				batch = take(checkAlone(r, false), tx, rejects, batch, sink);
			}
		} else {
			// The reading and the checks that need the earlier rows or the database stay on this thread, in the
			// file's order; the rest of each row's checks run a few blocks ahead on a second thread.
			ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
				Thread t = new Thread(task, "Revisit import: row checks of " + file);
				t.setDaemon(true);
				return t;
			});
			try {
				Deque<Future<List<Checked>>> ahead = new ArrayDeque<>();
				List<Record> block = new ArrayList<>(BLOCK);
				for (Record r = reader.next(); r != null; r = reader.next()) {
					block.add(r);
					if (block.size() == BLOCK) {
						ahead.add(submit(checker, block));
						block = new ArrayList<>(BLOCK);
						if (ahead.size() > BLOCKS_AHEAD) {
							batch = takeAll(next(ahead), tx, rejects, batch, sink);
						}
					}
				}
				if (!block.isEmpty()) {
					ahead.add(submit(checker, block));
				}
				while (!ahead.isEmpty()) {
					batch = takeAll(next(ahead), tx, rejects, batch, sink);
				}
			} finally {
				checker.shutdownNow();
			}
		}
		if (!batch.isEmpty()) {
			sink.accept(batch);
		}
	}

	private Future<List<Checked>> submit(ExecutorService checker, List<Record> block) {
		return checker.submit(() -> {
			List<Checked> checked = new ArrayList<>(block.size());
			for (Record r : block) {
				checked.add(checkAlone(r, true));
			}
			return checked;
		});
	}

	/** The checks of the oldest block, waited for; what they threw is thrown here. */
	private List<Checked> next(Deque<Future<List<Checked>>> ahead) throws IOException {
		try {
			return ahead.removeFirst().get();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("the import was interrupted");
		}
	}

	private List<T> takeAll(List<Checked> checked, ImportTransaction tx, RejectsWriter rejects, List<T> batch,
			Sink<T> sink) throws IOException {
		List<T> b = batch;
		for (Checked c : checked) {
			b = take(c, tx, rejects, b, sink);
		}
		return b;
	}

	/**
	 * The checks of a record that need nothing else: the encoding, the quoting, the number of fields and, if
	 * {@code alone}, {@link #parseAlone}. Null for a blank line.
	 */
	private Checked checkAlone(Record r, boolean alone) {
		if (!r.malformed() && r.blank()) {
			return null;
		}
		boolean utf8 = charset.equals(StandardCharsets.UTF_8);
		int undecodable = undecodable(r.fields());
		if (undecodable >= 0) {
			return new Checked(r, new Reject(r.line(), r.malformed() ? null : header.nameAt(undecodable),
					NLS.bind(utf8 ? Messages.Import_undecodable : Messages.Import_undecodableOther, charset.name()),
					r.fields()), null, null);
		}
		if (!utf8 && Encodings.isUtf8Row(r.fields(), charset)) {
			return new Checked(r, new Reject(r.line(), null, NLS.bind(Messages.Import_utf8Row, charset.name()),
					r.fields()), null, null);
		}
		if (r.malformed()) {
			return new Checked(r, new Reject(r.line(), header.nameAt(r.errorColumn() - 1), r.error(), r.fields()),
					null, null);
		}
		if (r.fields().size() != header.size()) {
			return new Checked(r, new Reject(r.line(), null,
					NLS.bind(Messages.Import_fieldCount, r.fields().size(), header.size()), r.fields()), null, null);
		}
		Row row = new Row(r.line(), r.fields());
		if (!alone) {
			return new Checked(r, null, row, null);
		}
		try {
			return new Checked(r, null, row, parseAlone(row));
		} catch (BadValue e) {
			return new Checked(r, reject(r, e), row, null);
		}
	}

	/** Counts a checked record, makes the rest of its checks, reports it or adds it to the batch. */
	private List<T> take(Checked checked, ImportTransaction tx, RejectsWriter rejects, List<T> batch,
			Sink<T> sink) throws IOException {
		if (checked == null) {
			return batch;
		}
		read++;
		Reject reject = checked.reject;
		if (reject == null) {
			try {
				batch.add(checksAlone() ? accept(tx, checked.row, checked.value) : parse(tx, checked.row));
				valid++;
			} catch (BadValue e) {
				reject = reject(checked.record, e);
			}
		}
		if (reject != null) {
			rejected++;
			if (firstRejects.size() < ImportResult.MAX_LISTED) {
				firstRejects.add(reject);
			}
			if (rejects != null) {
				rejects.write(reject);
			}
		}
		if (batch.size() == BATCH) {
			sink.accept(batch);
			return new ArrayList<>(BATCH);
		}
		return batch;
	}

	private Reject reject(Record r, BadValue e) {
		@SuppressWarnings("unchecked")
		C column = (C) e.column;
		return new Reject(r.line(), column == null ? null : header.name(column), e.getMessage(), r.fields());
	}

	/** The index of the first field with a U+FFFD (what the decoder puts for bytes it cannot decode), or -1. */
	private static int undecodable(List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).indexOf('\uFFFD') >= 0) {
				return i;
			}
		}
		return -1;
	}

	/** Writing the rejects over the file being read would destroy it before it is read. */
	private static void checkRejectsIsNotInput(Path rejects, Path csv) throws ImportException {
		Path partial = rejects.resolveSibling(rejects.getFileName() + ".partial");
		for (Path p : List.of(rejects, partial)) {
			boolean same;
			try {
				same = Files.exists(p) ? Files.isSameFile(p, csv)
						: p.toAbsolutePath().normalize().equals(csv.toAbsolutePath().normalize());
			} catch (IOException e) {
				same = p.toAbsolutePath().normalize().equals(csv.toAbsolutePath().normalize());
			}
			if (same) {
				throw new ImportException(NLS.bind(Messages.ImportFile_rejectsIsInput, rejects, csv));
			}
		}
	}

	/** Moves the finished rejects file into place, after the rows are committed. */
	private void commit(RejectsWriter rejects, boolean dryRun) throws ImportException {
		if (rejects == null) {
			return;
		}
		try {
			rejects.commit();
		} catch (IOException e) {
			String written = IoErrors.cannotWrite(
					rejects.target() == null ? Messages.ImportFile_theRejects : rejects.target(), e);
			throw new ImportException(dryRun ? written : NLS.bind(Messages.ImportFile_validRowsStored, written), e);
		}
	}

	private static RejectsWriter rejectsWriter(ImportOptions options, List<String> header) throws ImportException {
		Path file = options.rejects();
		try {
			if (options.rejectsTo() != null) {
				return new RejectsWriter(options.rejectsTo(), header);
			}
			return file == null ? null : new RejectsWriter(file, header);
		} catch (IOException e) {
			throw new ImportException(file == null ? NLS.bind(Messages.ImportFile_rejectsNotCreated, IoErrors.reason(e))
					: NLS.bind(Messages.ImportFile_rejectsFileNotCreated, file, IoErrors.reason(e)), e);
		}
	}
}
