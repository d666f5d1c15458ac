package org.revisit.core.service;

import java.time.LocalDate;
import java.util.List;

import org.revisit.core.io.Reject;
import org.revisit.store.ContactFilter;
import org.revisit.store.Counts;

/**
 * Moving data in and out: contact and service-event imports and exports, demo data ({@link Permission#IMPORT},
 * {@link Permission#EXPORT}). Files travel as their bytes: a client never names a path on the server, and the file
 * name that comes with the bytes is only used in messages.
 */
public interface DataService {

	/**
	 * Imports contacts from the bytes of a CSV file (header row; English or Chinese column names; UTF-8 or GBK).
	 * Every row is checked; bad rows are reported with their line number and not stored; the valid rows are
	 * stored in one transaction (all or nothing). Audited unless {@code dryRun}.
	 *
	 * @param fileName the file's name, for messages only (never opened)
	 * @param dryRun check and report only; store nothing
	 * @param encoding "utf-8" or "gbk", or {@code null} to detect it
	 * @throws ServiceException INVALID if the file cannot be read at all (no header, a required column missing);
	 *             nothing is stored then
	 */
	ImportReport importContacts(byte[] content, String fileName, boolean dryRun, String encoding);

	/** Imports service events (purchases, tickets, visits, trainings, complaints) like {@link #importContacts}. */
	ImportReport importEvents(byte[] content, String fileName, boolean dryRun, String encoding);

	/**
	 * Every contact as a CSV file with the columns of the import: in UTF-8 with a byte-order mark (so that Excel
	 * opens it) unless {@code encoding} is "gbk"; values a spreadsheet would run as formulas get a {@code '} in
	 * front, which the import takes off again. Audited.
	 *
	 * @param encoding "utf-8" (also {@code null}) or "gbk"
	 */
	ExportReport exportContacts(String encoding);

	/**
	 * The service events that occurred from the day {@code from} to the day {@code to} (both included, in this
	 * computer's zone like the import's times; {@code null} for no bound), or all of them, as a CSV file with the
	 * columns of {@link #importEvents}, so that the file imports back as the same events into a database with the
	 * same contacts: each event names its contact by mobile number (by contact id when the contact has none or
	 * shares it), times in ISO-8601 with their offset. Encoding and formula guard as {@link #exportContacts}
	 * ({@link Permission#EXPORT}); {@link ExportReport#contacts()} counts the events. Audited.
	 */
	ExportReport exportEvents(LocalDate from, LocalDate to, String encoding);

	/**
	 * Adds {@code contacts} demo contacts with their history, the demo campaigns if there are none, and plans 30
	 * days (today in China, where the demo contacts live). Audited.
	 */
	DemoReport demo(int contacts);

	/**
	 * What an import did.
	 *
	 * @param read the data rows read
	 * @param stored the rows stored (0 in a dry run)
	 * @param valid the rows that passed the checks
	 * @param rejected the rows not stored
	 * @param encoding the encoding the file was read in
	 * @param firstRejects the first rejected rows (at most 20), with line, column and reason
	 * @param warnings what did not stop the import, e.g. ignored columns
	 * @param rejects every rejected row as CSV (line, column, reason, the row's fields; UTF-8 with a byte-order
	 *            mark), or {@code null} when no row was rejected
	 */
	record ImportReport(long read, long stored, long valid, long rejected, String encoding, List<Reject> firstRejects,
			List<String> warnings, byte[] rejects) {
	}

	/** An export: how many contacts, in which encoding, and the CSV file's bytes. */
	record ExportReport(long contacts, String encoding, byte[] content) {
	}

	/** What {@link #demo} added, how long it took, and what the database holds now. */
	record DemoReport(int added, int tasksCreated, long millis, Counts counts) {
	}

	/**
	 * The contacts with {@code ids}, or when {@code ids} is {@code null} those matching {@code filter}, as a CSV
	 * file like {@link #exportContacts} ({@link Permission#EXPORT}). Audited.
	 */
	ExportReport exportMatching(ContactFilter filter, List<Long> ids, String encoding);

	/** What a file holds: contacts or service events. */
	enum ImportKind {
		CONTACTS, EVENTS
	}

	/** A column an import knows: its English and Chinese names, and whether a file must have it. */
	record ImportColumn(String english, String chinese, boolean required) {
	}

	/**
	 * The first rows of a file as they decode, for the import wizard ({@link Permission#IMPORT}).
	 *
	 * @param encoding the encoding the rows were decoded in (the one asked for, or the one detected)
	 * @param header the fields of the header row
	 * @param rows the first data rows (at most 20)
	 * @param mapping per header field, the English name of the column it matches, or "" if none
	 * @param columns the columns of this kind of file
	 */
	record ImportPreview(String encoding, List<String> header, List<List<String>> rows, List<String> mapping,
			List<ImportColumn> columns) {
	}

	/**
	 * Reads the header and the first 20 rows of a file in {@code encoding} ("utf-8", "gbk"; {@code null}:
	 * detected) and matches each header field to a column; stores nothing.
	 */
	ImportPreview previewImport(ImportKind kind, byte[] content, String fileName, String encoding);

	/**
	 * As {@link #importContacts} or {@link #importEvents}, with the column of each header field chosen by the
	 * user: {@code mapping} has one entry per header field, a column's English name or "" to ignore the field.
	 */
	ImportReport importMapped(ImportKind kind, byte[] content, String fileName, boolean dryRun, String encoding,
			List<String> mapping);

	/**
	 * Where the user's own import under way stands (rows stored so far in its open transaction, of about how many
	 * lines the file has), or {@code null} when none runs.
	 */
	ImportProgress importProgress();

	/** Asks the user's own import under way to stop; it then stores nothing (CONFLICT). False when none runs. */
	boolean cancelImport();

	/** Where an import stands: the rows stored so far (in its open transaction), and the file's data lines. */
	record ImportProgress(long stored, long lines) {
	}
}
