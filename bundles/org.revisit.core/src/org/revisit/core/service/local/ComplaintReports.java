package org.revisit.core.service.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.revisit.core.service.ReportService.CollectiveComplaint;
import org.revisit.core.service.ReportService.ComplaintReport;
import org.revisit.core.service.ReportService.ComplaintRow;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.store.ReportQueries;
import org.revisit.store.ReportQueries.Collective;
import org.revisit.store.ReportQueries.ComplaintCount;
import org.revisit.store.ReportQueries.Complaints;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.Store;

/**
 * The complaints report: complaints (service events of kind COMPLAINT) received in the period, per category and
 * severity. A complaint counts as closed once the callback promised on it was made; its follow-ups are those
 * created in the calls about it (its follow-up calls and its promised callbacks). Five or more contacts complaining
 * in the period about the same category and subject (compared without case and surrounding blanks) make a
 * collective complaint. Everything comes from one pass over the period's complaints
 * ({@link ReportQueries#complaints}): a range of one index, which holds each complaint's closing time and
 * follow-ups as the store keeps them on its row (schema version 34, org.revisit.store.ComplaintFigures).
 */
final class ComplaintReports {

	/** How many contacts make a complaint collective. */
	static final int COLLECTIVE = 5;

	private final Store store;

	ComplaintReports(Store store) {
		this.store = store;
	}

	ComplaintReport report(ReportFilter filter) {
		Scope f = LocalReportService.scope(filter);
		return store.reading(tx -> {
			Map<String, long[]> rows = new TreeMap<>();
			Complaints complaints = ReportQueries.complaints(tx, f, COLLECTIVE);
			for (int q = 0; q < 3; q++) {
				for (ComplaintCount n : q == 0 ? complaints.counts() : q == 1 ? complaints.closed() : complaints.followUps()) {
					long[] r = rows.computeIfAbsent(n.category() + "\t" + n.severity(), k -> new long[6]); //$NON-NLS-1$
					r[2 * q] += n.count();
					r[2 * q + 1] += n.second();
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
			for (Collective g : complaints.collective()) {
				groups.add(new CollectiveComplaint(g.category(), g.subject(), g.contacts(), g.complaints(), g.first(),
						g.last()));
			}
			return new ComplaintReport(filter, list, row("", "", total), groups); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** r: complaints, resolved, closed, seconds to close, follow-ups, follow-ups done. */
	private static ComplaintRow row(String category, String severity, long[] r) {
		return new ComplaintRow(category, severity, r[0], r[1], r[2], r[2] == 0 ? 0 : r[3] / 3600.0 / r[2], r[4], r[5]);
	}
}
