package org.revisit.store.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.derby.vti.VTITemplate;

/**
 * Rows staged in a temporary file and read back by Derby through a table function ({@code revisit_staged}, schema
 * version 21), so that a load can publish many rows with one {@code INSERT ... SELECT} in the caller's transaction.
 * Derby inserts the rows of a table function into an empty table in bulk (a new heap and indexes built by sorting
 * instead of one index insert per row and index), and into a table that has rows one row at a time, as any insert.
 * <p>
 * The class is in a package of its own, exported to every bundle, because Derby loads it by name. A stage is
 * found by a random token that only its writer knows; the function reads nothing else (no path comes from SQL).
 */
public final class StagedRows {

	private static final Map<String, Path> STAGES = new ConcurrentHashMap<>();
	private static final Map<String, Pipe> PIPES = new ConcurrentHashMap<>();

	private static final byte NULL = 0;
	private static final byte STRING = 1;
	private static final byte LONG = 2;
	private static final byte TRUE = 3;
	private static final byte FALSE = 4;
	private static final byte TIMESTAMP = 5;

	private StagedRows() {
	}

	/**
	 * The table function: the rows of the stage {@code token}, the first column of each (an ordinal from 0, staged
	 * before the ids are reserved) added to {@code idBase}.
	 */
	public static java.sql.ResultSet read(String token, long idBase) throws SQLException {
		Pipe pipe = token == null ? null : PIPES.remove(token);
		if (pipe != null) {
			return new PipeReader(pipe, idBase);
		}
		Path file = token == null ? null : STAGES.get(token);
		if (file == null) {
			throw new SQLException("No staged rows for this token", "38000");
		}
		try {
			return new FileReader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)),
					idBase);
		} catch (IOException e) {
			throw new SQLException("Cannot read the staged rows: " + e.getMessage(), "38000", e);
		}
	}

	/** Where the rows of a stage are written, a value at a time: a temporary file ({@link Writer}) or a {@link Pipe}. */
	public interface Sink {

		/** Starts a row with its first column, an ordinal from 0 that the table function adds to its id base. */
		Sink id(long ordinal) throws IOException;

		Sink string(String value) throws IOException;

		Sink number(long value) throws IOException;

		Sink bool(boolean value) throws IOException;

		/** A moment, stored as its time in UTC (as {@code Jdbc.setTimestamp} stores it). */
		Sink moment(java.util.Date value) throws IOException;

		Sink nul() throws IOException;

		/** The rows written so far. */
		long rows();
	}

	/** Writes rows to a new stage (a temporary file, deleted by {@link #close()}). */
	public static final class Writer implements Sink, Closeable {

		private final String token = UUID.randomUUID().toString();
		private final Path file;
		private final DataOutputStream out;
		private final int columns;
		private int inRow;
		private long rows;

		/** A stage of rows of {@code columns} values each. */
		public Writer(int columns) throws IOException {
			if (columns < 1 || columns > 255) {
				throw new IllegalArgumentException("columns: " + columns);
			}
			this.columns = columns;
			file = Files.createTempFile("revisit-stage-", ".bin");
			out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		}

		/** Starts a row with its first column, an ordinal from 0 that the table function adds to its id base. */
		@Override
		public Writer id(long ordinal) throws IOException {
			if (inRow != 0) {
				throw new IllegalStateException("the row before is incomplete");
			}
			out.writeByte(columns);
			out.writeByte(LONG);
			out.writeLong(ordinal);
			inRow = 1;
			if (columns == 1) {
				inRow = 0;
				rows++;
			}
			return this;
		}

		@Override
		public Writer string(String value) throws IOException {
			if (value == null) {
				return nul();
			}
			out.writeByte(STRING);
			out.writeUTF(value);
			return next();
		}

		@Override
		public Writer number(long value) throws IOException {
			out.writeByte(LONG);
			out.writeLong(value);
			return next();
		}

		@Override
		public Writer bool(boolean value) throws IOException {
			out.writeByte(value ? TRUE : FALSE);
			return next();
		}

		/** A moment, stored as its time in UTC (as {@code Jdbc.setTimestamp} stores it). */
		@Override
		public Writer moment(java.util.Date value) throws IOException {
			if (value == null) {
				return nul();
			}
			out.writeByte(TIMESTAMP);
			out.writeLong(value.getTime());
			return next();
		}

		@Override
		public Writer nul() throws IOException {
			out.writeByte(NULL);
			return next();
		}

		private Writer next() throws IOException {
			if (inRow == 0) {
				throw new IllegalStateException("start the row with id(ordinal)");
			}
			if (++inRow == columns) {
				inRow = 0;
				rows++;
			}
			return this;
		}

		/** The rows written so far. */
		@Override
		public long rows() {
			return rows;
		}

		/** Finishes the file and makes it readable through the table function; returns the stage's token. */
		public String publish() throws IOException {
			if (inRow != 0) {
				throw new IllegalStateException("a row is incomplete");
			}
			out.flush();
			STAGES.put(token, file);
			return token;
		}

		@Override
		public void close() throws IOException {
			STAGES.remove(token);
			try {
				out.close();
			} finally {
				Files.deleteIfExists(file);
			}
		}
	}

	/** Derby takes a timestamp's wall-clock time in the JVM's zone; the store keeps times in UTC (Jdbc.setTimestamp). */
	private static Timestamp utc(long millis) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
	}

	/** The rows of a stage as the JDBC result set Derby reads. */
	private abstract static class Reader extends VTITemplate {

		private final long idBase;
		Object[] row;
		private boolean wasNull;

		Reader(long idBase) {
			this.idBase = idBase;
		}

		private Object get(int column) {
			Object v = row[column - 1];
			wasNull = v == null;
			return v;
		}

		@Override
		public boolean wasNull() {
			return wasNull;
		}

		@Override
		public String getString(int column) {
			Object v = get(column);
			return v == null ? null : v.toString();
		}

		@Override
		public long getLong(int column) {
			Object v = get(column);
			long n = v == null ? 0 : (Long) v;
			return column == 1 ? idBase + n : n;
		}

		@Override
		public int getInt(int column) {
			return (int) getLong(column);
		}

		@Override
		public short getShort(int column) {
			return (short) getLong(column);
		}

		@Override
		public boolean getBoolean(int column) {
			Object v = get(column);
			return v != null && (Boolean) v;
		}

		@Override
		public Timestamp getTimestamp(int column) {
			return (Timestamp) get(column);
		}

		@Override
		public Timestamp getTimestamp(int column, Calendar calendar) {
			return getTimestamp(column);
		}

		@Override
		public ResultSetMetaData getMetaData() {
			return null;
		}

	}

	/** The rows of a temporary file. */
	private static final class FileReader extends Reader {

		private final DataInputStream in;

		FileReader(DataInputStream in, long idBase) {
			super(idBase);
			this.in = in;
		}

		@Override
		public boolean next() throws SQLException {
			try {
				int count = in.read();
				if (count < 0) {
					return false;
				}
				Object[] r = row != null && row.length == count ? row : new Object[count];
				for (int i = 0; i < count; i++) {
					r[i] = value(in.readByte());
				}
				row = r;
				return true;
			} catch (EOFException e) {
				throw new SQLException("The staged rows end in the middle of a row", "38000", e);
			} catch (IOException e) {
				throw new SQLException("Cannot read the staged rows: " + e.getMessage(), "38000", e);
			}
		}

		private Object value(byte kind) throws IOException {
			return switch (kind) {
			case NULL -> null;
			case STRING -> in.readUTF();
			case LONG -> in.readLong();
			case TRUE -> Boolean.TRUE;
			case FALSE -> Boolean.FALSE;
			case TIMESTAMP -> utc(in.readLong());
			default -> throw new IOException("unknown value kind " + kind);
			};
		}

		@Override
		public void close() throws SQLException {
			try {
				in.close();
			} catch (IOException e) {
				throw new SQLException("Cannot close the staged rows: " + e.getMessage(), "38000", e);
			}
		}
	}

	/** The rows of a {@link Pipe}, as its writer hands them over. */
	private static final class PipeReader extends Reader {

		private final Pipe pipe;
		private Object[][] chunk = new Object[0][];
		private int next;

		PipeReader(Pipe pipe, long idBase) {
			super(idBase);
			this.pipe = pipe;
		}

		@Override
		public boolean next() throws SQLException {
			if (next == chunk.length) {
				chunk = pipe.take();
				next = 0;
				if (chunk.length == 0) {
					return false;
				}
			}
			row = chunk[next];
			chunk[next++] = null;
			return true;
		}

		@Override
		public void close() {
			pipe.readerClosed();
		}
	}

	/**
	 * Rows handed straight to the table function while they are written, through a small bounded queue: the
	 * statement reading the pipe (on another thread) runs while the writer is still producing its rows, and reads
	 * them without a temporary file. The writer {@link #finish()}es the pipe or {@link #close()}s it, which makes the
	 * reading statement fail (so that its transaction can be rolled back); when the reader fails first, the writer's
	 * next hand-over throws. A pipe is read once.
	 */
	public static final class Pipe implements Sink, Closeable {

		/** Rows handed over at a time, and how many such chunks may wait for the reader. */
		private static final int CHUNK = 512;
		private static final int AHEAD = 8;
		private static final Object[][] END = new Object[0][];
		private static final Object[][] STOP = new Object[0][];

		private final String token = UUID.randomUUID().toString();
		private final java.util.concurrent.BlockingQueue<Object[][]> queue = new java.util.concurrent.ArrayBlockingQueue<>(
				AHEAD);
		private final int columns;
		private Object[][] chunk = new Object[CHUNK][];
		private int inChunk;
		private Object[] row;
		private int inRow;
		private long rows;
		private boolean finished;
		private volatile boolean readerGone;
		private volatile Throwable readerFailure;

		/** A pipe of rows of {@code columns} values each, readable through the table function by its token. */
		public Pipe(int columns) {
			if (columns < 1 || columns > 255) {
				throw new IllegalArgumentException("columns: " + columns);
			}
			this.columns = columns;
			PIPES.put(token, this);
		}

		/** The token the table function reads this pipe by. */
		public String token() {
			return token;
		}

		@Override
		public Pipe id(long ordinal) throws IOException {
			if (inRow != 0) {
				throw new IllegalStateException("the row before is incomplete");
			}
			row = new Object[columns];
			return put(ordinal);
		}

		@Override
		public Pipe string(String value) throws IOException {
			return put(value);
		}

		@Override
		public Pipe number(long value) throws IOException {
			return put(value);
		}

		@Override
		public Pipe bool(boolean value) throws IOException {
			return put(value);
		}

		@Override
		public Pipe moment(java.util.Date value) throws IOException {
			return put(value == null ? null : utc(value.getTime()));
		}

		@Override
		public Pipe nul() throws IOException {
			return put(null);
		}

		private Pipe put(Object value) throws IOException {
			if (row == null) {
				throw new IllegalStateException("start the row with id(ordinal)");
			}
			row[inRow++] = value;
			if (inRow == columns) {
				chunk[inChunk++] = row;
				row = null;
				inRow = 0;
				rows++;
				if (inChunk == CHUNK) {
					handOver(chunk);
					chunk = new Object[CHUNK][];
					inChunk = 0;
				}
			}
			return this;
		}

		@Override
		public long rows() {
			return rows;
		}

		/** Hands the last rows over and tells the reader that there are no more. */
		public void finish() throws IOException {
			if (inRow != 0) {
				throw new IllegalStateException("a row is incomplete");
			}
			if (inChunk > 0) {
				handOver(java.util.Arrays.copyOf(chunk, inChunk));
				inChunk = 0;
			}
			handOver(END);
			finished = true;
		}

		/** Waits until the reader has room for {@code rows}; throws if the reader failed or stopped reading. */
		private void handOver(Object[][] rows) throws IOException {
			try {
				while (!queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
					if (readerGone || readerFailure != null) {
						throw new IOException("The database stopped reading the rows"
								+ (readerFailure == null ? "" : ": " + readerFailure.getMessage()), readerFailure);
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("interrupted while handing rows to the database");
			}
		}

		/** The reader's side: the next chunk, empty at the end; throws if the writer stopped without finishing. */
		Object[][] take() throws SQLException {
			Object[][] next;
			try {
				next = queue.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new SQLException("Interrupted while reading the staged rows", "38000", e);
			}
			if (next == STOP) {
				throw new SQLException("The rows stopped before their end (the import was stopped)", "38000");
			}
			return next;
		}

		void readerClosed() {
			readerGone = true;
		}

		/** Tells the writer that the statement reading this pipe failed (its next hand-over throws). */
		public void readerFailed(Throwable failure) {
			readerFailure = failure;
			readerGone = true;
		}

		/** Stops the pipe: a reader waiting for rows (or coming later) fails, unless the pipe was finished. */
		@Override
		public void close() {
			PIPES.remove(token);
			if (!finished) {
				finished = true;
				queue.clear();
				queue.offer(STOP);
			}
		}
	}
}
