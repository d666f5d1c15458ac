package org.revisit.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.revisit.model.ComplaintCategory;
import org.revisit.model.ComplaintSeverity;
import org.revisit.model.ServiceEvent;
import org.revisit.store.ServiceEventRepository.Exported;

/**
 * Writes service events to a CSV file with the columns of the events import ({@link EventColumn}, English header),
 * so that the file imports back into a database holding the same contacts as the same events. Each row names its
 * contact by mobile number, or by {@code contact_id} when the contact has no mobile or shares it with another
 * contact (the import would refuse such a number). Times are written in ISO-8601 with their offset, so they mean
 * the same instant wherever the file is imported. Like {@link ContactExporter}: UTF-8 with a byte-order mark or
 * GBK, formula-looking values neutralised ({@link Values#neutralise}), read page by page.
 */
public final class EventExporter {

	private EventExporter() {
	}

	/** Reads the events to export: those with ids above {@code afterId}, by id, at most {@code limit}. */
	@FunctionalInterface
	public interface Pages {
		List<Exported> after(long afterId, int limit);
	}

	/**
	 * Writes the events {@code pages} reads to {@code stream} (left open) in {@code charset}: UTF-8 with a
	 * byte-order mark, or another encoding (GBK) without one; times in {@code zone}. Returns how many were written.
	 *
	 * @throws ContactExporter.NotEncodable if a value has a character {@code charset} cannot hold
	 */
	public static long write(Pages pages, OutputStream stream, Charset charset, ZoneId zone) throws IOException {
		List<String> header = new ArrayList<>();
		for (EventColumn c : EventColumn.values()) {
			header.add(c.english());
		}
		return ContactExporter.writePaged(stream, charset, header, pages::after, row -> row.event().getId(),
				row -> toFields(row, zone), row -> "service event #" + row.event().getId());
	}

	/** The fields of one event, in the order of {@link EventColumn}. */
	static List<String> toFields(Exported row, ZoneId zone) {
		ServiceEvent e = row.event();
		List<String> f = new ArrayList<>(EventColumn.values().length);
		for (EventColumn column : EventColumn.values()) {
			f.add(switch (column) {
			case KIND -> e.getKind().getName().toLowerCase(Locale.ROOT);
			case OCCURRED_AT -> Values.dateTime(e.getOccurredAt(), zone);
			case MOBILE -> Values.nonNull(row.mobile());
			case CONTACT_ID -> row.mobile() == null ? Long.toString(e.getContact().getId()) : "";
			case ENGINEER -> Values.nonNull(e.getEngineer());
			case SUBJECT -> Values.nonNull(e.getSubject());
			case EXTERNAL_REF -> Values.nonNull(e.getExternalRef());
			case COMPLAINT_CATEGORY -> e.getComplaintCategory() == null || e.getComplaintCategory() == ComplaintCategory.NONE
					? "" : e.getComplaintCategory().getName().toLowerCase(Locale.ROOT);
			case SEVERITY -> e.getSeverity() == null || e.getSeverity() == ComplaintSeverity.NONE ? ""
					: e.getSeverity().getName().toLowerCase(Locale.ROOT);
			case RESOLVED -> Values.bool(e.isResolved());
			case CALLBACK_DUE -> Values.dateTime(row.callbackDue(), zone);
			});
		}
		return f;
	}
}
