package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeParameter;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.demo.DemoData;
import org.revisit.core.plan.CampaignPreview;
import org.revisit.core.plan.Gate;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.CampaignState;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.TaskRepository.QueueItem;

/**
 * Managers create, edit, preview, pause, resume, end, copy and delete campaigns through the campaign service, on a
 * real store: each refusal names the field and stores nothing; a paused campaign's calls are not handed out.
 */
class CampaignServiceTest {

	static final String RENEWAL = "org.revisit.tests.calltype.renewal";

	@TempDir
	Path dir;

	private LocalServices open() {
		Store store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		return LocalServices.open(store, CallTypeRegistry.read(), new Principal("manager", null, Role.MANAGER));
	}

	/** {@code n} contacts tagged "renewal" (the test call type proposes a call for each on the first day). */
	static List<Contact> renewalContacts(Store store, int n) {
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Contact c = StoreTest.contact("续约客户" + i, "先生");
			c.getTags().add("renewal");
			c.setOwningAgent(i % 2 == 0 ? "wang" : "li");
			contacts.add(c);
		}
		store.contacts().insert(contacts);
		return contacts;
	}

	static Campaign renewal(String name) {
		Campaign c = RevisitFactory.eINSTANCE.createCampaign();
		c.setName(name);
		c.setCallTypeId(RENEWAL);
		c.setPriority(55);
		c.setActiveFrom(LocalDate.of(2026, 11, 1));
		c.setActiveTo(LocalDate.of(2027, 1, 31));
		c.setTargetFilter("tag:renewal");
		c.getParameters().put("renewalDate", "2027-01-01");
		return c;
	}

	@Test
	void theTestCallTypeDeclaresItsParameters() {
		CallTypeDescriptor renewal = CallTypeRegistry.read().get(RENEWAL);
		assertEquals(List.of("renewalDate", "daysBefore", "plan"),
				renewal.parameters().stream().map(CallTypeParameter::name).toList());
		assertTrue(renewal.parameter("renewalDate").required());
		assertEquals(CallTypeParameter.Type.CHOICE, renewal.parameter("plan").type());
		assertEquals(List.of("basic", "premium"), renewal.parameter("plan").choices());
		assertEquals("30", renewal.parameter("daysBefore").defaultValue());
		assertEquals("Reminds customers whose contracts end soon.", renewal.description());
		CallTypeDescriptor invitation = CallTypeRegistry.read().get("org.revisit.calltype.eventInvitation");
		assertEquals(CallTypeParameter.Type.DATE, invitation.parameter("eventDate").type());
		assertTrue(invitation.parameter("eventDate").required());
	}

	@Test
	void badCampaignsAreRefusedNamingTheFieldAndNothingIsStored() {
		try (LocalServices services = open()) {
			Campaign noDate = renewal("无日期");
			noDate.getParameters().removeKey("renewalDate");
			assertRefused(services, noDate, "parameters.renewalDate: is required");
			Campaign badPlan = renewal("坏方案");
			badPlan.getParameters().put("plan", "gold");
			assertRefused(services, badPlan, "parameters.plan: must be one of basic, premium, not 'gold'");
			Campaign unknown = renewal("未知参数");
			unknown.getParameters().put("colour", "red");
			assertRefused(services, unknown, "parameters.colour: call type " + RENEWAL + " has no such parameter");
			Campaign backwards = renewal("倒序");
			backwards.setActiveTo(LocalDate.of(2026, 10, 1));
			assertRefused(services, backwards, "activeTo");
			Campaign noType = renewal("无类型");
			noType.setCallTypeId("com.example.nothing");
			assertRefused(services, noType, "callTypeId: no call type 'com.example.nothing' is installed");
			Campaign badFilter = renewal("坏筛选");
			badFilter.setTargetFilter("colour:red");
			assertRefused(services, badFilter, "targetFilter: ");
			assertEquals(0, services.campaigns().list().size(), "nothing stored");
		}
	}

	private static void assertRefused(LocalServices services, Campaign campaign, String expected) {
		ServiceException e = assertThrows(ServiceException.class, () -> services.campaigns().create(campaign));
		assertEquals(ServiceException.Kind.INVALID, e.kind());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}

	@Test
	void createEditWithVersionCheckAndAuditOfEachChangedField() {
		try (LocalServices services = open()) {
			Campaign created = services.campaigns().create(renewal("续约提醒"));
			assertTrue(created.getId() > 0);
			assertEquals(CampaignState.DRAFT, services.campaigns().states().get(created.getId()));
			Campaign edited = services.campaigns().find(created.getId());
			edited.setPriority(60);
			edited.getParameters().put("plan", "premium");
			Campaign saved = services.campaigns().update(edited);
			assertEquals(created.getVersion() + 1, saved.getVersion());
			assertEquals("premium", saved.getParameters().get("plan"));

			Campaign stale = services.campaigns().find(created.getId());
			stale.setVersion(created.getVersion()); // read before the save above
			stale.setName("过时");
			ServiceException conflict = assertThrows(ServiceException.class, () -> services.campaigns().update(stale));
			assertEquals(ServiceException.Kind.CONFLICT, conflict.kind(), conflict.getMessage());

			List<AuditRecord> edits = services.audit().read(null, null, null, AuditActions.EDIT, 0, 100);
			assertTrue(edits.stream().anyMatch(r -> "priority".equals(r.field()) && "55".equals(r.before())
					&& "60".equals(r.after())), edits.toString());
			assertTrue(edits.stream().anyMatch(r -> "parameters".equals(r.field())), edits.toString());
			assertEquals(1, services.audit().read(null, null, null, AuditActions.CAMPAIGN_CREATED, 0, 10).size());
		}
	}

	@Test
	void previewWritesNothingThenActivatePlansAndPauseStopsClaims() {
		try (LocalServices services = open()) {
			Store store = services.store();
			renewalContacts(store, 6);
			Contact doNotCall = StoreTest.contact("勿扰客户", "女士");
			doNotCall.getTags().add("renewal");
			doNotCall.setDoNotCall(true);
			store.contacts().insert(List.of(doNotCall));
			Campaign campaign = services.campaigns().create(renewal("续约提醒"));
			assertEquals(7, services.campaigns().countTargets("tag:renewal"));

			long tasksBefore = store.counts().tasks();
			CampaignPreview preview = services.campaigns().preview(campaign, 30);
			assertEquals(30, preview.callsPerDay().size());
			assertEquals(6, preview.calls(), preview.toString());
			assertEquals(6, preview.callsPerDay().get(LocalDate.of(2026, 11, 23)));
			assertEquals(3, preview.callsPerAgent().get("wang"));
			assertEquals(1, preview.refusedPerGate().get(Gate.DO_NOT_CALL), preview.toString());
			assertEquals(tasksBefore, store.counts().tasks(), "a preview writes nothing");

			services.campaigns().activate(campaign.getId());
			assertEquals(6, services.planning().plan(LocalDate.of(2026, 11, 23), 7).created());
			assertEquals(6, queue(services).size());

			LocalServices wang = services.as(new Principal("wang", null, Role.AGENT));
			assertNotNull(wang.queue().claimNext(30), "an active campaign's call is handed out");
			services.campaigns().pause(campaign.getId());
			assertEquals(CampaignState.PAUSED, services.campaigns().states().get(campaign.getId()));
			LocalServices li = services.as(new Principal("li", null, Role.AGENT));
			assertNull(li.queue().claimNext(30), "no claims of a paused campaign's calls");
			assertEquals(1, queue(services).size(), "only the call under way stays in the queue");
			QueueItem open = services.queue().openForContact(queue(services).get(0).contactId()).get(0);
			assertEquals("CLAIMED", open.state(), "the call in progress goes on");
			assertEquals(0, services.planning().plan(LocalDate.of(2026, 11, 23), 7).cancelled(),
					"planning keeps a paused campaign's calls");
			ServiceException twice = assertThrows(ServiceException.class, () -> services.campaigns().pause(campaign.getId()));
			assertEquals(ServiceException.Kind.CONFLICT, twice.kind());
			assertTrue(twice.getMessage().contains("paused"), twice.getMessage());

			services.campaigns().resume(campaign.getId());
			assertNotNull(li.queue().claimNext(30), "claims again after resuming");

			int cancelled = services.campaigns().end(campaign.getId(), "合同政策变更");
			assertEquals(4, cancelled, "the planned calls are cancelled, the two under way finish");
			assertEquals(CampaignState.ENDED, services.campaigns().states().get(campaign.getId()));
			assertEquals("合同政策变更", services.campaigns().endReason(campaign.getId()));
			assertEquals(2, queue(services).size());
			ServiceException resume = assertThrows(ServiceException.class, () -> services.campaigns().resume(campaign.getId()));
			assertTrue(resume.getMessage().contains("ended"), resume.getMessage());
		}
	}

	private static List<QueueItem> queue(LocalServices services) {
		return services.queue().queue(TestClock.NOW.plusSeconds(1), null, 0, 100);
	}

	@Test
	void copyIsADraftAndDeleteOnlyWithoutOutcomes() {
		try (LocalServices services = open()) {
			renewalContacts(services.store(), 2);
			Campaign campaign = services.campaigns().create(renewal("续约提醒"));
			services.campaigns().activate(campaign.getId());
			services.planning().plan(LocalDate.of(2026, 11, 23), 7);
			Campaign copy = services.campaigns().copy(campaign.getId());
			assertEquals("续约提醒 (copy)", copy.getName());
			assertEquals(CampaignState.DRAFT, services.campaigns().states().get(copy.getId()));
			assertEquals("2027-01-01", copy.getParameters().get("renewalDate"));

			services.campaigns().delete(copy.getId());
			assertNull(services.campaigns().find(copy.getId()));
			services.campaigns().delete(campaign.getId()); // planned calls, no outcomes yet
			assertEquals(0, services.store().counts().tasks());
			ServiceException missing = assertThrows(ServiceException.class, () -> services.campaigns().delete(campaign.getId()));
			assertEquals(ServiceException.Kind.NOT_FOUND, missing.kind());
		}
	}

	@Test
	void aCampaignWithOutcomesCannotBeDeletedOnlyEnded() {
		try (LocalServices services = open()) {
			Store store = services.store();
			renewalContacts(store, 2);
			Campaign campaign = services.campaigns().create(renewal("续约提醒"));
			services.campaigns().activate(campaign.getId());
			services.planning().plan(LocalDate.of(2026, 11, 23), 7);
			store.inTransaction(c -> {
				try (java.sql.Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO call_outcome (id, task_id, contact_id, agent, started_at, disposition) "
							+ "SELECT 900000 + id, id, contact_id, 'wang', CURRENT_TIMESTAMP, 'NO_ANSWER' FROM call_task "
							+ "WHERE campaign_id = " + campaign.getId() + " FETCH FIRST 1 ROWS ONLY");
				}
				return null;
			});
			long tasks = store.counts().tasks();
			ServiceException refused = assertThrows(ServiceException.class, () -> services.campaigns().delete(campaign.getId()));
			assertEquals(ServiceException.Kind.CONFLICT, refused.kind());
			assertTrue(refused.getMessage().contains("has 1 call outcomes and cannot be deleted; end it instead"),
					refused.getMessage());
			assertNotNull(services.campaigns().find(campaign.getId()));
			assertEquals(tasks, store.counts().tasks(), "nothing deleted");
		}
	}

	@Test
	void theEnglishNameAndTheBudgetShareAreStoredAndAudited() {
		try (LocalServices services = open()) {
			Campaign plain = services.campaigns().create(renewal("续约提醒"));
			assertEquals(100, services.campaigns().find(plain.getId()).getBudgetShare(), "the whole budget by default");
			assertEquals(null, services.campaigns().find(plain.getId()).getNameEn());
			Campaign both = renewal("续约提醒二");
			both.setNameEn("Renewal reminder");
			both.setBudgetShare(40);
			Campaign created = services.campaigns().create(both);
			Campaign read = services.campaigns().find(created.getId());
			assertEquals("Renewal reminder", read.getNameEn());
			assertEquals(40, read.getBudgetShare());
			read.setBudgetShare(60);
			read.setNameEn("Renewals");
			services.campaigns().update(read);
			Campaign again = services.campaigns().find(created.getId());
			assertEquals(60, again.getBudgetShare());
			assertEquals("Renewals", again.getNameEn());
			List<AuditRecord> edits = services.audit().read(null, null, null, AuditActions.EDIT, 0, 100);
			assertTrue(edits.stream().anyMatch(r -> "budgetShare".equals(r.field()) && "40".equals(r.before())
					&& "60".equals(r.after())), edits.toString());
			assertTrue(edits.stream().anyMatch(r -> "nameEn".equals(r.field()) && "Renewals".equals(r.after())), edits.toString());
			Campaign tooMuch = renewal("超额");
			tooMuch.setBudgetShare(150);
			assertRefused(services, tooMuch, "budgetShare: must be 1 to 100");
			Campaign hidden = renewal("隐藏");
			hidden.setNameEn("Renewal\u202Ereminder");
			assertRefused(services, hidden, "nameEn");
			assertEquals(2, services.campaigns().list().size(), "nothing more stored");
		}
	}
}
