package org.revisit.ui.contacts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The column mappings a user chose in the import wizard, remembered per header set (the header's field names,
 * in order, ignoring case and blanks) in the workbench's preferences, so the next file with the same header is
 * mapped the same way.
 */
public final class ImportMappings {

	private static final String NODE = "org.revisit.ui.contacts.importMappings"; //$NON-NLS-1$
	private static final String SEPARATOR = "\u001f"; //$NON-NLS-1$

	private ImportMappings() {
	}

	/** The preference key of a header set (a kind of file and its header's names). */
	static String key(String kind, List<String> header) {
		StringBuilder sb = new StringBuilder(kind).append(':');
		for (String field : header) {
			sb.append(field.strip().toLowerCase(Locale.ROOT)).append(SEPARATOR);
		}
		// preference keys are kept short: a digest of the names
		return kind + '.' + Integer.toHexString(sb.toString().hashCode()) + '.' + header.size();
	}

	/** The mapping remembered for this header set, or {@code null}. */
	public static List<String> remembered(String kind, List<String> header) {
		String value = node().get(key(kind, header), null);
		if (value == null) {
			return null;
		}
		List<String> mapping = Arrays.asList(value.split(SEPARATOR, -1));
		return mapping.size() == header.size() ? mapping : null;
	}

	/** Remembers the mapping chosen for this header set. */
	public static void remember(String kind, List<String> header, List<String> mapping) {
		IEclipsePreferences node = node();
		node.put(key(kind, header), String.join(SEPARATOR, mapping));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			// not remembered next time; the import itself is not affected
			org.eclipse.core.runtime.ILog.of(ImportMappings.class).warn(e.getMessage(), e);
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
