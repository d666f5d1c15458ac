package org.revisit.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the rows of an import come from: a file of this machine, or the bytes of a file that a client sent to
 * the services. The bytes carry the file's name for messages only ("c.csv, line 1: ..."); it is never opened.
 */
public final class ImportSource {

	private final String name;
	private final Path file;
	private final byte[] bytes;
	/** The column of each header field chosen by the user (English names; blank: ignored), or {@code null}. */
	private final List<String> mapping;

	private ImportSource(String name, Path file, byte[] bytes) {
		this(name, file, bytes, null);
	}

	private ImportSource(String name, Path file, byte[] bytes, List<String> mapping) {
		this.name = name;
		this.file = file;
		this.bytes = bytes;
		this.mapping = mapping;
	}

	/**
	 * This source read with the user's column mapping instead of the header's names: one entry per field of the
	 * header row, the column's English (or Chinese) name, or blank to ignore the field.
	 */
	public ImportSource withMapping(List<String> columns) {
		Objects.requireNonNull(columns, "columns");
		return new ImportSource(name, file, bytes, List.copyOf(columns));
	}

	/** The user's mapping, or {@code null} to match the header's own names. */
	List<String> mapping() {
		return mapping;
	}

	/** The file at {@code file}, read as a stream (a file of any size). */
	public static ImportSource file(Path file) {
		Objects.requireNonNull(file, "file");
		return new ImportSource(file.toString(), file, null);
	}

	/** The content of a file named {@code name} (for messages; never opened as a path). */
	public static ImportSource bytes(byte[] content, String name) {
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(name, "name");
		return new ImportSource(name, null, content);
	}

	/** How messages name the source. */
	public String name() {
		return name;
	}

	/** The file of this machine, or {@code null} for bytes. */
	Path file() {
		return file;
	}

	InputStream open() throws IOException {
		return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
	}

	/** UTF-8 or GBK, as {@link Encodings#detect(InputStream)} decides. */
	Charset detectEncoding() throws IOException {
		try (InputStream in = open()) {
			return Encodings.detect(in);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
