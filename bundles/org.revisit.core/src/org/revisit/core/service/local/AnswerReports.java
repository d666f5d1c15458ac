package org.revisit.core.service.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.revisit.core.answers.AnswerLibrary;
import org.revisit.core.answers.BuiltinAnswers;
import org.revisit.core.answers.LibraryCodec;
import org.revisit.core.service.ReportService.AnswerReport;
import org.revisit.core.service.ReportService.AnswerUsage;
import org.revisit.core.service.ReportService.ReportFilter;
import org.revisit.store.AnswerRepository.UsageFilter;
import org.revisit.store.AnswerRepository.UsageRow;
import org.revisit.store.ReportQueries.Scope;
import org.revisit.store.Store;

/**
 * The answers report: the replies of the answer library used in the period, in the calls the filter lets through
 * (campaign, call type, agent who used the reply, engineer of the service event), joined to the outcomes of their
 * calls, most used first, and the replies after which a customer answered "dissatisfied" in the same call, most
 * such uses first.
 */
final class AnswerReports {

	private AnswerReports() {
	}

	static AnswerReport report(Store store, ReportFilter filter) {
		int latest = store.answers().latestVersion();
		AnswerLibrary library = latest == 0 ? BuiltinAnswers.library()
				: LibraryCodec.read(store.answers().body(latest), latest);
		List<AnswerUsage> used = new ArrayList<>();
		Scope scope = LocalReportService.scope(filter);
		for (UsageRow row : store.answers().usage(new UsageFilter(scope.start(), scope.end(),
				filter.campaignId(), filter.callType(), filter.agent(), filter.engineer()))) {
			AnswerLibrary.Placed placed = library.find(row.entryId());
			used.add(new AnswerUsage(row.entryId(), placed == null ? "" : placed.pathText(),
					placed == null ? row.customer() : placed.entry().customer(), row.uses(), row.finished(),
					row.dissatisfiedAfter()));
		}
		List<AnswerUsage> dissatisfied = new ArrayList<>(used.stream().filter(u -> u.dissatisfiedAfter() > 0).toList());
		dissatisfied.sort(Comparator.comparingInt(AnswerUsage::dissatisfiedAfter).reversed()
				.thenComparing(AnswerUsage::entryId));
		return new AnswerReport(filter, used, dissatisfied);
	}
}
