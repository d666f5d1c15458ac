package org.revisit.core.io;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.revisit.core.internal.Messages;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.ServiceEvent;
import org.revisit.model.ServiceEventKind;
import org.revisit.store.ImportTransaction;
import org.revisit.store.Store;

/**
 * Imports service events (purchases, hotline tickets, on-site visits, trainings, complaints) from a CSV file
 * (columns: {@link EventColumn}). Each row names a stored contact by mobile number or id; a row whose external
 * reference is stored already or appears earlier in the file is a duplicate. Valid rows are stored in one
 * transaction.
 */
public final class EventImporter {

	private EventImporter() {
	}

	/** Imports the file at {@code file}. */
	public static ImportResult run(Store store, Path file, ImportOptions options) throws ImportException {
		return run(store, ImportSource.file(file), options);
	}

	/** Imports a file, or the bytes of one. */
	public static ImportResult run(Store store, ImportSource source, ImportOptions options) throws ImportException {
		return new Run().run(store, source, options);
	}

	static ServiceEventKind kind(String value) throws BadValue {
		String v = Column.key(value);
		return switch (v) {
		case "purchase", "购买", "采购" -> ServiceEventKind.PURCHASE;
		case "hotline", "hotlineticket", "热线" -> ServiceEventKind.HOTLINE_TICKET;
		case "onsite", "onsitevisit", "现场", "上门" -> ServiceEventKind.ONSITE_VISIT;
		case "training", "培训" -> ServiceEventKind.TRAINING;
		case "complaint", "投诉" -> ServiceEventKind.COMPLAINT;
		default -> throw new BadValue(EventColumn.KIND, NLS.bind(Messages.Import_unknownKind, Values.quote(value)));
		};
	}

	static ComplaintCategory category(String value) throws BadValue {
		if (value.isEmpty()) {
			return ComplaintCategory.NONE;
		}
		return switch (Column.key(value)) {
		case "servicedelay", "delay", "服务延误", "延误" -> ComplaintCategory.SERVICE_DELAY;
		case "servicequality", "quality", "服务质量", "质量" -> ComplaintCategory.SERVICE_QUALITY;
		case "attitude", "服务态度", "态度" -> ComplaintCategory.ATTITUDE;
		case "conduct", "服务行为", "行为" -> ComplaintCategory.CONDUCT;
		case "fees", "fee", "费用", "收费" -> ComplaintCategory.FEES;
		case "productfault", "product", "产品故障", "产品" -> ComplaintCategory.PRODUCT_FAULT;
		case "presalesoverpromise", "presales", "售前过度承诺", "售前" -> ComplaintCategory.PRESALES_OVERPROMISE;
		case "other", "其他" -> ComplaintCategory.OTHER;
		default -> throw new BadValue(EventColumn.COMPLAINT_CATEGORY,
				NLS.bind(Messages.Import_unknownCategory, Values.quote(value)));
		};
	}

	static ComplaintSeverity severity(String value) throws BadValue {
		if (value.isEmpty()) {
			return ComplaintSeverity.NONE;
		}
		return switch (Column.key(value)) {
		case "major", "重大" -> ComplaintSeverity.MAJOR;
		case "general", "一般" -> ComplaintSeverity.GENERAL;
		case "notourresponsibility", "非我方责任", "非我方" -> ComplaintSeverity.NOT_OUR_RESPONSIBILITY;
		case "assist", "协助" -> ComplaintSeverity.ASSIST;
		default -> throw new BadValue(EventColumn.SEVERITY, NLS.bind(Messages.Import_unknownSeverity, Values.quote(value)));
		};
	}

	private static final class Run extends CsvImporter<EventColumn, ServiceEvent> {

		private final Map<String, Long> contactByMobile = new HashMap<>();
		private final Map<Long, Boolean> contactExists = new HashMap<>();
		private final Map<String, Long> refLines = new HashMap<>();
		/** The promised callbacks of the complaints parsed and not stored yet. */
		private final Map<ServiceEvent, Date> promisedCallbacks = new IdentityHashMap<>();

		Run() {
			super(EventColumn.class);
		}

		@Override
		void checkHeader(Header<EventColumn> h) throws ImportException {
			if (!h.has(EventColumn.MOBILE) && !h.has(EventColumn.CONTACT_ID)) {
				throw new ImportException(NLS.bind(Messages.ImportFile_noContactColumn, file));
			}
		}

		@Override
		void prepare(ImportTransaction tx) {
			// Contacts and references are looked up per row (with caches): event files are small.
		}

		@Override
		ServiceEvent parse(ImportTransaction tx, Row row) throws BadValue {
			RevisitFactory f = RevisitFactory.eINSTANCE;
			ServiceEvent event = f.createServiceEvent();
			event.setKind(kind(row.get(EventColumn.KIND)));
			String when = row.get(EventColumn.OCCURRED_AT);
			if (when.isEmpty()) {
				throw new BadValue(EventColumn.OCCURRED_AT, Messages.Import_noOccurredAt);
			}
			event.setOccurredAt(Date.from(Values.instant(EventColumn.OCCURRED_AT, when, ZoneId.systemDefault())));
			event.setEngineer(Values.text(EventColumn.ENGINEER, row.get(EventColumn.ENGINEER), 100));
			event.setSubject(Values.text(EventColumn.SUBJECT, row.get(EventColumn.SUBJECT), 400));
			event.setComplaintCategory(category(row.get(EventColumn.COMPLAINT_CATEGORY)));
			event.setSeverity(severity(row.get(EventColumn.SEVERITY)));
			if (event.getKind() != ServiceEventKind.COMPLAINT) {
				if (event.getComplaintCategory() != ComplaintCategory.NONE) {
					throw new BadValue(EventColumn.COMPLAINT_CATEGORY, Messages.Import_categoryNotComplaint);
				}
				if (event.getSeverity() != ComplaintSeverity.NONE) {
					throw new BadValue(EventColumn.SEVERITY, Messages.Import_severityNotComplaint);
				}
			}
			event.setResolved(Values.bool(EventColumn.RESOLVED, row.get(EventColumn.RESOLVED)));
			String promised = row.get(EventColumn.CALLBACK_DUE);
			if (!promised.isEmpty()) {
				if (event.getKind() != ServiceEventKind.COMPLAINT) {
					throw new BadValue(EventColumn.CALLBACK_DUE, Messages.Import_callbackNotComplaint);
				}
				Date due = Date.from(Values.instant(EventColumn.CALLBACK_DUE, promised, ZoneId.systemDefault()));
				if (due.before(event.getOccurredAt())) {
					throw new BadValue(EventColumn.CALLBACK_DUE, Messages.Import_callbackBefore);
				}
				promisedCallbacks.put(event, due);
			}
			Contact contact = f.createContact();
			contact.setId(contactId(tx, row));
			event.setContact(contact);
			String ref = Values.text(EventColumn.EXTERNAL_REF, row.get(EventColumn.EXTERNAL_REF), 100);
			if (ref != null) {
				Long earlier = refLines.get(ref);
				if (earlier != null) {
					throw new BadValue(EventColumn.EXTERNAL_REF, NLS.bind(Messages.Import_duplicateRefLine, earlier,
							Values.echo(ref)));
				}
				if (tx.externalRefExists(ref)) {
					throw new BadValue(EventColumn.EXTERNAL_REF, NLS.bind(Messages.Import_duplicateRefStored, Values.echo(ref)));
				}
				refLines.put(ref, row.line);
				event.setExternalRef(ref);
			}
			return event;
		}

		private long contactId(ImportTransaction tx, Row row) throws BadValue {
			String id = row.get(EventColumn.CONTACT_ID);
			if (!id.isEmpty()) {
				long value;
				try {
					value = Long.parseLong(id.startsWith("#") ? id.substring(1) : id);
				} catch (NumberFormatException e) {
					throw new BadValue(EventColumn.CONTACT_ID, NLS.bind(Messages.Import_notContactId, Values.quote(id)));
				}
				Boolean exists = contactExists.get(value);
				if (exists == null) {
					exists = tx.contactExists(value);
					contactExists.put(value, exists);
				}
				if (!exists) {
					throw new BadValue(EventColumn.CONTACT_ID, NLS.bind(Messages.Import_noContactId, value));
				}
				return value;
			}
			String mobile = ContactCsv.mobile(row.get(EventColumn.MOBILE));
			if (mobile.isEmpty()) {
				throw new BadValue(header.has(EventColumn.MOBILE) ? EventColumn.MOBILE : EventColumn.CONTACT_ID,
						Messages.Import_noContact);
			}
			Long found = contactByMobile.get(mobile);
			if (found == null) {
				List<Long> ids = tx.contactIdsByPhoneNumber(mobile, 2);
				found = ids.isEmpty() ? -1L : ids.size() > 1 ? -2L : ids.get(0);
				contactByMobile.put(mobile, found);
			}
			if (found == -1L) {
				throw new BadValue(EventColumn.MOBILE, NLS.bind(Messages.Import_noMobile, Values.echo(mobile)));
			}
			if (found == -2L) {
				throw new BadValue(EventColumn.MOBILE, NLS.bind(Messages.Import_severalMobile, Values.echo(mobile)));
			}
			return found;
		}

		@Override
		void insert(ImportTransaction tx, List<ServiceEvent> batch) {
			tx.insertEvents(batch);
			// Each complaint's promise ("we will call you back by ...") is stored with it, as a deadline.
			List<Callback> callbacks = new ArrayList<>();
			for (ServiceEvent event : batch) {
				Date due = promisedCallbacks.remove(event);
				if (due != null) {
					Callback callback = RevisitFactory.eINSTANCE.createCallback();
					callback.setContact(event.getContact());
					callback.setServiceEvent(event);
					callback.setDueAt(due);
					callback.setSource(CallbackSource.COMPLAINT);
					callback.setReason(event.getSubject());
					callbacks.add(callback);
				}
			}
			tx.insertCallbacks(callbacks);
		}
	}
}
