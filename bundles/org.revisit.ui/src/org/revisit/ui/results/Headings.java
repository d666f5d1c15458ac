package org.revisit.ui.results;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;

/**
 * The column names and table titles of the reports in the workbench's language: the English names the reports
 * come with ({@link org.revisit.core.report.ReportTables}) looked up in {@code headings*.properties}, which hold
 * the Chinese; English stays as it is.
 */
final class Headings {

	private static final ResourceBundle BUNDLE = load();

	private Headings() {
	}

	private static ResourceBundle load() {
		String nl = Platform.getNL();
		Locale locale = nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
		try {
			return ResourceBundle.getBundle("org.revisit.ui.results.headings", locale, Headings.class.getClassLoader(), //$NON-NLS-1$
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			return null;
		}
	}

	/**
	 * A column name or a table title in the workbench's language: as {@link #of(String)}, and an English one not
	 * translated starts with a capital ("contact rate" is shown "Contact rate"; the command line keeps the plain
	 * names).
	 */
	static String heading(String english) {
		String s = of(english);
		if (s != null && !s.isEmpty() && Character.isLowerCase(s.charAt(0)) && s.charAt(0) < 128) {
			return Character.toUpperCase(s.charAt(0)) + s.substring(1);
		}
		return s;
	}

	/** {@code english} in the workbench's language. */
	static String of(String english) {
		if (BUNDLE == null || english == null) {
			return english;
		}
		String key = english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try {
			return BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			return english;
		}
	}
}
