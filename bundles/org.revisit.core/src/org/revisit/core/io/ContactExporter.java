package org.revisit.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.revisit.model.Contact;
import org.revisit.store.Store;

/**
 * Writes all contacts to a CSV file with the columns of the import ({@link ContactColumn}, English header), in
 * UTF-8 with a byte-order mark so that Excel opens it. A value that a spreadsheet would run as a formula gets a
 * {@code '} in front ({@link Values#neutralise}), which the import takes off again. Contacts are read page by
 * page; the file is written beside the target and moved into place at the end, so a failed export leaves no
 * partial file. The target's folder must exist.
 */
public final class ContactExporter {

	static final int PAGE = 1000;

	private ContactExporter() {
	}

	/** Exports every contact and returns how many were written. */
	public static long export(Store store, Path file) throws IOException {
		Path target = file.toAbsolutePath();
		IoErrors.checkWritableFile(target);
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		long count = 0;
		try {
			try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(out, RejectsWriter.EXCEL)) {
				out.write('\uFEFF');
				List<String> header = new ArrayList<>();
				for (ContactColumn c : ContactColumn.values()) {
					header.add(c.english());
				}
				printer.printRecord(header);
				long after = 0;
				while (true) {
					List<Contact> page = store.contacts().pageAfter(after, PAGE);
					for (Contact contact : page) {
						List<String> fields = ContactCsv.toFields(contact);
						fields.replaceAll(Values::neutralise);
						printer.printRecord(fields);
						after = contact.getId();
					}
					count += page.size();
					if (page.size() < PAGE) {
						break;
					}
				}
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
		return count;
	}
}
