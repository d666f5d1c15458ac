package org.revisit.core.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;

/** The header row of an import file: which field holds which column. */
final class Header<C extends Enum<C> & Column> {

	/** Unknown columns warned about one by one, at most. */
	static final int MAX_WARNINGS = 20;

	private final EnumMap<C, Integer> index;
	private final String[] names;
	private final List<String> warnings = new ArrayList<>();

	private Header(Class<C> type, List<String> fields) {
		index = new EnumMap<>(type);
		names = fields.toArray(String[]::new);
	}

	/**
	 * Maps the header's fields to columns. Unknown names are ignored with a warning; a missing required column
	 * or a column named twice fails the import.
	 */
	static <C extends Enum<C> & Column> Header<C> of(Class<C> type, List<String> fields, String file)
			throws ImportException {
		Map<String, C> byName = new HashMap<>();
		for (C c : type.getEnumConstants()) {
			byName.put(Column.key(c.english()), c);
			byName.put(Column.key(c.chinese()), c);
			for (String alias : c.aliases()) {
				byName.put(Column.key(alias), c);
			}
		}
		Header<C> header = new Header<>(type, fields);
		int unknown = 0;
		for (int i = 0; i < fields.size(); i++) {
			String name = fields.get(i).strip();
			C column = byName.get(Column.key(name));
			if (column == null) {
				// A line that is no header at all can have a million fields: name the first few only.
				if (++unknown <= MAX_WARNINGS) {
					header.warnings.add(NLS.bind(Messages.ImportFile_unknownColumn, Values.quote(name), i + 1));
				}
			} else if (header.index.putIfAbsent(column, i) != null) {
				throw new ImportException(NLS.bind(Messages.ImportFile_columnTwice,
						new Object[] { file, column.english(), header.index.get(column) + 1, i + 1 }));
			}
		}
		if (unknown > MAX_WARNINGS) {
			header.warnings.add(NLS.bind(Messages.ImportFile_moreUnknownColumns, unknown - MAX_WARNINGS));
		}
		for (C c : type.getEnumConstants()) {
			if (c.required() && !header.index.containsKey(c)) {
				throw new ImportException(NLS.bind(Messages.ImportFile_missingColumn, new Object[] { file, c.english(),
						c.chinese(), Values.echo(String.join(",", fields)) })); //$NON-NLS-1$
			}
		}
		return header;
	}

	/**
	 * The header as the user mapped it: {@code mapping} names the column of each field of the file's header row
	 * ({@code fields}); a blank entry ignores the field, silently. Messages still quote the file's own names.
	 */
	static <C extends Enum<C> & Column> Header<C> mapped(Class<C> type, List<String> mapping, List<String> fields,
			String file) throws ImportException {
		if (mapping.size() != fields.size()) {
			throw new ImportException(
					NLS.bind(Messages.ImportFile_mappingSize, new Object[] { file, mapping.size(), fields.size() }));
		}
		List<String> named = new ArrayList<>(mapping.size());
		for (int i = 0; i < mapping.size(); i++) {
			String m = mapping.get(i) == null ? "" : mapping.get(i).strip();
			named.add(m);
		}
		Header<C> header = of(type, named, file);
		for (int i = 0; i < named.size(); i++) {
			if (named.get(i).isEmpty()) { // ignored on purpose
				header.warnings.remove(NLS.bind(Messages.ImportFile_unknownColumn, Values.quote(""), i + 1)); //$NON-NLS-1$
			}
		}
		System.arraycopy(fields.toArray(String[]::new), 0, header.names, 0, fields.size());
		return header;
	}

	/** The column whose English or Chinese name (or alias) is {@code headerName}, or {@code null}. */
	static <C extends Enum<C> & Column> C match(Class<C> type, String headerName) {
		String key = Column.key(headerName.strip());
		for (C c : type.getEnumConstants()) {
			if (Column.key(c.english()).equals(key) || Column.key(c.chinese()).equals(key)
					|| c.aliases().stream().anyMatch(a -> Column.key(a).equals(key))) {
				return c;
			}
		}
		return null;
	}

	boolean has(C column) {
		return index.containsKey(column);
	}

	int size() {
		return names.length;
	}

	/** The field index of {@code column}, or -1. */
	int indexOf(C column) {
		Integer i = index.get(column);
		return i == null ? -1 : i;
	}

	/**
	 * The column's name as the file's header writes it (or its English name if the file lacks it), made safe to
	 * show in a message.
	 */
	String name(C column) {
		Integer i = index.get(column);
		return i == null ? column.english() : Values.echo(names[i].strip());
	}

	/** The header name of field {@code i} (0-based), made safe to show in a message. */
	String nameAt(int i) {
		return i >= 0 && i < names.length ? Values.echo(names[i].strip()) : null;
	}

	List<String> warnings() {
		return warnings;
	}
}
