package org.revisit.core.io;

import java.util.List;
import java.util.Locale;

/** A column of an import file: its English name (used on export) and the other names a header may use. */
interface Column {

	/** The names of a column and whether a file must have it. */
	record Names(String english, String chinese, boolean required, List<String> aliases) {

		Names(String english, String chinese, boolean required, String... aliases) {
			this(english, chinese, required, List.of(aliases));
		}
	}

	Names names();

	/** The English name, e.g. {@code office_phone}. */
	default String english() {
		return names().english();
	}

	/** The Chinese name, e.g. {@code 办公电话}. */
	default String chinese() {
		return names().chinese();
	}

	/** Further accepted names. */
	default List<String> aliases() {
		return names().aliases();
	}

	/** Whether the header must have this column. */
	default boolean required() {
		return names().required();
	}

	/** How header names are compared: case, spaces, dashes and underscores do not matter. */
	static String key(String headerName) {
		StringBuilder sb = new StringBuilder(headerName.length());
		for (int i = 0; i < headerName.length(); i++) {
			char ch = headerName.charAt(i);
			if (ch != ' ' && ch != '_' && ch != '-' && ch != '\u3000' && ch != '\uFEFF') {
				sb.append(ch);
			}
		}
		return sb.toString().toLowerCase(Locale.ROOT);
	}
}
