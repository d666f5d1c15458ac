package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.demo.DemoData;
import org.revisit.core.plan.PlanReport;
import org.revisit.core.plan.Planner;
import org.revisit.core.service.ServiceException;
import org.revisit.model.Contact;
import org.revisit.remote.RemoteServices;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * Issues 18 and 15, the daily planning run everywhere: on a team server (real HTTPS, {@code planning/planChanges})
 * and on the command line ({@code plan --changes}) the daily run decides again only the contacts with a change since
 * the last run, with the full run's figures, while the full run ({@code plan}, Plan Calls) decides every contact.
 * Which contacts a run decided is read from the records it writes ({@link PlanMarks}).
 */
class DailyRunTest extends CliTestSupport {

	private static final LocalDate FROM = LocalDate.of(2026, 11, 23);
	private static final int CONTACTS = 150;

	@TempDir
	Path dir;

	@Test
	void theDailyRunOnATeamServerDecidesOnlyWhatChanged() throws Exception {
		try (ServerFixture f = ServerFixture.start(dir)) {
			DemoData.addContacts(f.store, CONTACTS, FROM, 0);
			try (RemoteServices boss = f.connect(ServerFixture.MANAGER);
					RemoteServices agent = f.connect(ServerFixture.AGENT)) {
				PlanReport full = boss.planning().plan(FROM, Planner.DEFAULT_DAYS);
				Set<Long> alone = PlanMarks.mark(f.store, FROM);
				assertTrue(alone.size() >= CONTACTS / 5, alone.size() + " of " + CONTACTS + " decisions settled");
				long changed = Collections.min(alone);
				Contact contact = boss.contacts().find(changed);
				contact.setPosition("总经理");
				boss.contacts().update(contact);

				ServiceException refused = assertThrows(ServiceException.class,
						() -> agent.planning().planChanges(FROM, Planner.DEFAULT_DAYS));
				assertEquals(ServiceException.Kind.FORBIDDEN, refused.kind(), refused.getMessage());

				PlanReport daily = boss.planning().planChanges(FROM, Planner.DEFAULT_DAYS);
				Set<Long> kept = PlanMarks.kept(f.store);
				assertFalse(kept.contains(changed), "the contact that changed was decided again");
				Set<Long> others = new HashSet<>(alone);
				others.remove(changed);
				others.removeAll(kept);
				assertEquals(Set.of(), others, "the settled contacts that did not change were left alone");
				assertEquals(full.proposals(), daily.proposals(), "the full run's figures");
				assertEquals(full.refusedByGate(), daily.refusedByGate(), "the full run's figures");

				List<AuditRecord> runs = f.store.audit().find(null, null, ServerFixture.MANAGER, AuditActions.PLAN, 0, 10);
				assertEquals(2, runs.size(), runs.toString());
				assertTrue(runs.get(0).detail().startsWith(FROM + " +30 days (daily run): "), runs.get(0).detail());
				assertTrue(runs.get(1).detail().startsWith(FROM + " +30 days: "), runs.get(1).detail());
				assertEquals(List.of(), f.store.audit().find(null, null, ServerFixture.AGENT, AuditActions.PLAN, 0, 10));

				boss.planning().plan(FROM, Planner.DEFAULT_DAYS);
				assertEquals(Set.of(), PlanMarks.kept(f.store), "the full run decides every contact");
			}
		}
	}

	@Test
	void planChangesOnTheCommandLineIsTheDailyRun() {
		Path folder = dir.resolve("data");
		String data = folder.toString();
		try (Store store = open(folder)) {
			DemoData.addContacts(store, CONTACTS, FROM, 0);
		}
		assertEquals(0, run("plan", "--from", FROM.toString(), "--json", "--data", data), err());
		assertEquals("full", json().get("run"));
		Set<Long> alone;
		long changed;
		try (Store store = open(folder)) {
			alone = PlanMarks.mark(store, FROM);
			changed = Collections.min(alone);
			store.inTransaction(c -> {
				try (PreparedStatement p = c.prepareStatement(
						"UPDATE contact SET position = '总经理', version = version + 1 WHERE id = ?")) {
					p.setLong(1, changed);
					return p.executeUpdate();
				}
			});
		}
		assertTrue(alone.size() >= CONTACTS / 5, alone.size() + " of " + CONTACTS + " decisions settled");

		assertEquals(0, run("plan", "--changes", "--from", FROM.toString(), "--json", "--data", data), err());
		assertEquals("changes", json().get("run"));
		Set<Long> kept;
		try (Store store = open(folder)) {
			kept = PlanMarks.kept(store);
		}
		assertFalse(kept.contains(changed), "the contact that changed was decided again");
		Set<Long> others = new HashSet<>(alone);
		others.remove(changed);
		others.removeAll(kept);
		assertEquals(Set.of(), others, "the settled contacts that did not change were left alone");

		assertEquals(0, run("plan", "--changes", "--from", FROM.toString(), "--data", data), err());
		assertTrue(out().startsWith("Daily run: only the contacts whose calls may have changed since the last run are "
				+ "decided again"), out());
		assertEquals(0, run("--lang", "zh", "plan", "--changes", "--from", FROM.toString(), "--data", data), err());
		assertTrue(out().startsWith("每日运行：只重新判定自上次运行以来电话可能有变化的联系人"), out());
		assertEquals(0, run("plan", "--help"), err());
		assertTrue(out().contains("[--changes]") && out().contains("--changes is the daily run"), out());

		assertEquals(0, run("plan", "--from", FROM.toString(), "--data", data), err());
		assertFalse(out().contains("Daily run"), out());
		try (Store store = open(folder)) {
			assertEquals(Set.of(), PlanMarks.kept(store), "plan without --changes decides every contact");
		}
	}

	private static Store open(Path folder) {
		return Store.open(StoreConfig.embedded(folder).withClock(TestClock.fixed()));
	}

	private Map<?, ?> json() {
		return (Map<?, ?>) JsonCheck.parse(out());
	}
}
