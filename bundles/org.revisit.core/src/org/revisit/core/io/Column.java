package org.revisit.core.io;

import java.util.List;
import java.util.Locale;

/** A column of an import file: its English name (used on export) and the other names a header may use. */
interface Column {

	/** The English name, e.g. {@code office_phone}. */
	String english();

	/** The Chinese name, e.g. {@code 办公电话}. */
	String chinese();

	/** Further accepted names. */
	List<String> aliases();

	/** Whether the header must have this column. */
	boolean required();

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
