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
		Path file = token == null ? null : STAGES.get(token);
		if (file == null) {
			throw new SQLException("No staged rows for this token", "38000");
		}
		try {
			return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)),
					idBase);
		} catch (IOException e) {
			throw new SQLException("Cannot read the staged rows: " + e.getMessage(), "38000", e);
		}
	}

	/** Writes rows to a new stage (a temporary file, deleted by {@link #close()}). */
	public static final class Writer implements Closeable {

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

		public Writer string(String value) throws IOException {
			if (value == null) {
				return nul();
			}
			out.writeByte(STRING);
			out.writeUTF(value);
			return next();
		}

		public Writer number(long value) throws IOException {
			out.writeByte(LONG);
			out.writeLong(value);
			return next();
		}

		public Writer bool(boolean value) throws IOException {
			out.writeByte(value ? TRUE : FALSE);
			return next();
		}

		/** A moment, stored as its time in UTC (as {@code Jdbc.setTimestamp} stores it). */
		public Writer moment(java.util.Date value) throws IOException {
			if (value == null) {
				return nul();
			}
			out.writeByte(TIMESTAMP);
			out.writeLong(value.getTime());
			return next();
		}

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

	/** The rows of a stage as the JDBC result set Derby reads. */
	private static final class Reader extends VTITemplate {

		private final DataInputStream in;
		private final long idBase;
		private Object[] row;
		private boolean wasNull;

		Reader(DataInputStream in, long idBase) {
			this.in = in;
			this.idBase = idBase;
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
			// Derby takes the value's wall-clock time in the JVM's zone; the store keeps times in UTC (Jdbc.setTimestamp).
			case TIMESTAMP -> Timestamp.valueOf(LocalDateTime.ofInstant(Instant.ofEpochMilli(in.readLong()), ZoneOffset.UTC));
			default -> throw new IOException("unknown value kind " + kind);
			};
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

		@Override
		public void close() throws SQLException {
			try {
				in.close();
			} catch (IOException e) {
				throw new SQLException("Cannot close the staged rows: " + e.getMessage(), "38000", e);
			}
		}
	}
}
