package org.revisit.core.service.local;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.revisit.core.service.ReportService.CollectiveComplaint;
import org.revisit.core.service.ReportService.ComplaintReport;
import org.revisit.core.service.ReportService.ComplaintRow;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.store.Store;

/**
 * The complaints report: complaints (service events of kind COMPLAINT) received in the period, per category and
 * severity. A complaint counts as closed once the callback promised on it was made (service events keep no
 * closing time of their own); its follow-ups are those created in the calls about it (its follow-up calls and its
 * promised callbacks). Five or more contacts complaining in the period about the same category and subject
 * (compared without case and surrounding blanks) make a collective complaint.
 */
final class ComplaintReports {

	/** How many contacts make a complaint collective. */
	static final int COLLECTIVE = 5;

	private final Store store;

	ComplaintReports(Store store) {
		this.store = store;
	}

	private static ReportSql complaints(ReportFilter f, String select, String join) {
		ReportSql sql = new ReportSql().add("SELECT " + select + " FROM service_event e" + join //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE e.kind = 'COMPLAINT' AND e.occurred_at >= ? AND e.occurred_at < ?", ReportSql.start(f), //$NON-NLS-1$
				ReportSql.end(f));
		if (f.engineer() != null) {
			sql.add(" AND e.engineer = ?", f.engineer()); //$NON-NLS-1$
		}
		return sql;
	}

	ComplaintReport report(ReportFilter f) {
		String group = " GROUP BY e.complaint_category, e.severity"; //$NON-NLS-1$
		ReportSql counts = complaints(f, "e.complaint_category, e.severity, COUNT(*), " //$NON-NLS-1$
				+ "SUM(CASE WHEN e.resolved THEN 1 ELSE 0 END)", "").add(group); //$NON-NLS-1$ //$NON-NLS-2$
		ReportSql closed = complaints(f, "e.complaint_category, e.severity, COUNT(*), SUM(" //$NON-NLS-1$
				+ ReportSql.seconds("e.occurred_at", "x.closed") + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				" JOIN (SELECT service_event_id, MIN(closed_at) AS closed FROM callback WHERE closed_as = 'DONE' " //$NON-NLS-1$
						+ "AND service_event_id IS NOT NULL GROUP BY service_event_id) x ON x.service_event_id = e.id") //$NON-NLS-1$
				.add(group);
		ReportSql followUps = complaints(f, "e.complaint_category, e.severity, COUNT(*), " //$NON-NLS-1$
				+ "SUM(CASE WHEN fu.done THEN 1 ELSE 0 END)", //$NON-NLS-1$
				" JOIN call_task t ON (t.source_event_id = e.id OR t.callback_id IN (SELECT cb.id FROM callback cb " //$NON-NLS-1$
						+ "WHERE cb.service_event_id = e.id)) JOIN call_outcome o ON o.task_id = t.id " //$NON-NLS-1$
						+ "JOIN follow_up fu ON fu.outcome_id = o.id") //$NON-NLS-1$
				.add(group);
		ReportSql collective = complaints(f, "e.complaint_category, LOWER(TRIM(e.subject)), COUNT(DISTINCT e.contact_id), " //$NON-NLS-1$
				+ "COUNT(*), MIN(e.occurred_at), MAX(e.occurred_at)", "") //$NON-NLS-1$ //$NON-NLS-2$
				.add(" AND e.subject IS NOT NULL GROUP BY e.complaint_category, LOWER(TRIM(e.subject)) " //$NON-NLS-1$
						+ "HAVING COUNT(DISTINCT e.contact_id) >= " + COLLECTIVE + " ORDER BY 3 DESC, 2"); //$NON-NLS-1$ //$NON-NLS-2$
		return store.read(c -> {
			Map<String, long[]> rows = new TreeMap<>();
			for (int q = 0; q < 3; q++) {
				ReportSql sql = q == 0 ? counts : q == 1 ? closed : followUps;
				try (PreparedStatement p = sql.prepare(c); ResultSet rs = p.executeQuery()) {
					while (rs.next()) {
						long[] r = rows.computeIfAbsent(rs.getString(1) + "\t" + rs.getString(2), k -> new long[6]); //$NON-NLS-1$
						r[2 * q] += rs.getLong(3);
						r[2 * q + 1] += rs.getLong(4);
					}
				}
			}
			List<ComplaintRow> list = new ArrayList<>();
			long[] total = new long[6];
			rows.forEach((k, r) -> {
				String[] parts = k.split("\t", 2); //$NON-NLS-1$
				list.add(row(parts[0], parts[1], r));
				for (int i = 0; i < total.length; i++) {
					total[i] += r[i];
				}
			});
			List<CollectiveComplaint> groups = new ArrayList<>();
			try (PreparedStatement p = collective.prepare(c); ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					groups.add(new CollectiveComplaint(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
							ReportSql.instant(rs, 5), ReportSql.instant(rs, 6)));
				}
			}
			return new ComplaintReport(f, list, row("", "", total), groups); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** r: complaints, resolved, closed, seconds to close, follow-ups, follow-ups done. */
	private static ComplaintRow row(String category, String severity, long[] r) {
		return new ComplaintRow(category, severity, r[0], r[1], r[2], r[2] == 0 ? 0 : r[3] / 3600.0 / r[2], r[4], r[5]);
	}
}
