package org.revisit.core.io;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.Birthday;
import org.revisit.model.Contact;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.validation.RevisitModelValidator;
import org.revisit.store.ContactLoad;
import org.revisit.store.ImportTransaction;
import org.revisit.store.StoreException;
import org.revisit.store.Store;

/**
 * Imports contacts from a CSV file (columns: {@link ContactColumn}). Each row is checked by the parse rules,
 * by the model's validator and for duplicates (the same name and mobile number earlier in the file, or a
 * mobile number already stored); the valid rows are staged as they are checked and stored in one transaction
 * ({@link ContactLoad}: one {@code INSERT ... SELECT} per table, in bulk into an empty table). Into an empty contacts
 * table the contacts' insert starts with the first batch and reads the contacts while the file is still being read
 * and checked ({@code ImportTransaction.startLoad}); the phones and tags follow at the end.
 */
public final class ContactImporter {

	private ContactImporter() {
	}

	/** Imports the file at {@code file}. */
	public static ImportResult run(Store store, Path file, ImportOptions options) throws ImportException {
		return run(store, ImportSource.file(file), options);
	}

	/** Imports a file, or the bytes of one. */
	public static ImportResult run(Store store, ImportSource source, ImportOptions options) throws ImportException {
		return new Run(store.clock()).run(store, source, options);
	}

	private static final class Run extends CsvImporter<ContactColumn, Contact> {

		private final Diagnostician diagnostician;
		private final MobileIndex mobiles = new MobileIndex();
		private ContactLoad load;

		Run(java.time.Clock clock) {
			super(ContactColumn.class);
			diagnostician = RevisitModelValidator.diagnostician(clock);
		}

		@Override
		void prepare(ImportTransaction tx) {
			tx.forEachMobileNumber(mobiles::addStored);
		}

		@Override
		Contact parse(ImportTransaction tx, Row row) throws BadValue {
			return accept(tx, row, parseAlone(row));
		}

		/** The parse rules and the model's validator: a row alone (on the import's second thread). */
		@Override
		boolean checksAlone() {
			return true;
		}

		@Override
		Contact parseAlone(Row row) throws BadValue {
			Contact contact = ContactCsv.toContact(row);
			// A chain without a message: Diagnostician.validate(EObject) formats a "Diagnosis of ..." text per row.
			BasicDiagnostic diagnostic = new BasicDiagnostic();
			diagnostician.validate(contact, diagnostic, diagnostician.createDefaultContext());
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				for (Diagnostic d : diagnostic.getChildren()) {
					if (d.getSeverity() >= Diagnostic.ERROR) {
						throw new BadValue(column(d), d.getMessage());
					}
				}
				throw new BadValue(null, Messages.Import_notValid);
			}
			return contact;
		}

		/** The duplicate check: the rows before this one and the numbers stored (in the file's order). */
		@Override
		Contact accept(ImportTransaction tx, Row row, Contact contact) throws BadValue {
			String mobile = row.get(ContactColumn.MOBILE).isEmpty() ? null
					: contact.getPhones().get(0).getNumber();
			if (mobile != null) {
				long earlier = mobiles.check(mobile, contact.getName(), row.line);
				if (earlier == MobileIndex.STORED) {
					throw new BadValue(ContactColumn.MOBILE, NLS.bind(Messages.Import_duplicateStored, mobile));
				}
				if (earlier != MobileIndex.NEW) {
					throw new BadValue(ContactColumn.MOBILE, NLS.bind(Messages.Import_duplicateLine,
							new Object[] { earlier, Values.echo(contact.getName()), mobile }));
				}
			}
			return contact;
		}

		@Override
		void insert(ImportTransaction tx, List<Contact> batch) {
			try {
				if (load == null) {
					load = tx.startLoad();
				}
				for (Contact contact : batch) {
					load.add(contact);
				}
			} catch (UncheckedIOException e) {
				throw new StoreException(e.getMessage(), e);
			}
		}

		@Override
		void finish(ImportTransaction tx) {
			if (load != null) {
				tx.publish(load);
			}
		}

		@Override
		void release() {
			if (load != null) {
				load.close();
				load = null;
			}
		}

		/** The column a diagnostic's object and field come from. */
		private static ContactColumn column(Diagnostic d) {
			List<?> data = d.getData();
			Object object = data.isEmpty() ? null : data.get(0);
			String feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f.getName() : "";
			if (object instanceof PhoneNumber phone) {
				return phone.getType() == PhoneType.OFFICE ? ContactColumn.OFFICE_PHONE
						: phone.getType() == PhoneType.HOME ? ContactColumn.HOME_PHONE : ContactColumn.MOBILE;
			}
			if (object instanceof Birthday) {
				return ContactColumn.BIRTHDAY;
			}
			if (object instanceof Contact) {
				return switch (feature) {
				case "name" -> ContactColumn.NAME;
				case "title" -> ContactColumn.TITLE;
				case "timeZone" -> ContactColumn.TIME_ZONE;
				case "phones" -> ContactColumn.MOBILE;
				case "successor", "status" -> ContactColumn.STATUS;
				default -> null;
				};
			}
			return null;
		}
	}
}
