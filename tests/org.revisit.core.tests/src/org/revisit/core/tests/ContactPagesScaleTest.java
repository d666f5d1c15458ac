package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.ContactService.BulkReport;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.Contact;
import org.revisit.model.CustomerClass;
import org.revisit.model.Role;
import org.revisit.store.AuditActions;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/**
 * The contacts table at scale: 100,000 contacts ({@code -Drevisit.scale.contacts=N} for another number), pages
 * sorted and filtered in the database near the start and near the end, and a bulk assignment of a filtered
 * selection in one audited transaction, and a bulk change of the whole filter (every contact) that is all or
 * nothing: cancelled half-way it changes no contact and audits nothing, run to the end it changes every contact
 * with one audit record of the action. Prints its figures; the bounds are loose, for a shared machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactPagesScaleTest {

	private static final int N = Integer.getInteger("revisit.scale.contacts", 100_000);
	private static final long PAGE_BOUND_MILLIS = 5_000;

	private LocalServices admin;

	@BeforeAll
	void open(@TempDir Path dir) {
		admin = LocalServices.open(Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed())),
				CallTypeRegistry.read(), new Principal("admin", null, Role.ADMIN));
		long start = System.nanoTime();
		ScaleFixtures.insert(admin.store(), N);
		System.out.printf("ContactPagesScaleTest: %,d contacts inserted in %,d ms%n", N, millisSince(start));
	}

	@AfterAll
	void close() {
		admin.close();
	}

	private static long millisSince(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private <T> T timed(String what, Supplier<T> work) {
		work.get(); // once to warm up (the statement compiled, the pages cached as a scrolling user would have them)
		long start = System.nanoTime();
		T result = work.get();
		long millis = millisSince(start);
		System.out.printf("ContactPagesScaleTest: %-55s %,6d ms%n", what, millis);
		assertTrue(millis < PAGE_BOUND_MILLIS, what + " took " + millis + " ms");
		return result;
	}

	@Test
	void pagesSortedAndFilteredNearTheStartAndTheEnd() {
		Services s = admin;
		ContactFilter byName = ContactFilter.all().sortedBy(ContactFilter.Sort.NAME, false);
		long near = N - 300;
		List<Contact> first = timed("first page by name", () -> s.contacts().query(byName, 0, 200));
		assertEquals(200, first.size());
		assertTrue(first.get(0).getName().compareTo(first.get(199).getName()) <= 0);
		timed("page at " + near + " by name", () -> s.contacts().query(byName, near, 200));
		timed("page at " + near + " by company, descending",
				() -> s.contacts().query(ContactFilter.all().sortedBy(ContactFilter.Sort.COMPANY, true), near, 200));
		// keyset pages: the same rows, after the last row of the page above or from the end in reverse
		List<Contact> above = s.contacts().query(byName, near - 200, 200);
		List<Contact> atNear = s.contacts().query(byName, near, 200);
		List<Contact> keyset = timed("page at " + near + " by name, keyset",
				() -> s.contacts().queryAfter(byName, above.get(199).getId(), 200));
		assertEquals(atNear.stream().map(Contact::getId).toList(), keyset.stream().map(Contact::getId).toList());
		ContactFilter byCompanyDown = ContactFilter.all().sortedBy(ContactFilter.Sort.COMPANY, true);
		long after = s.contacts().query(byCompanyDown, near - 1, 1).get(0).getId();
		timed("page at " + near + " by company, descending, keyset",
				() -> s.contacts().queryAfter(byCompanyDown, after, 200));
		timed("last page by name, from the end", () -> s.contacts().query(byName.sortedBy(ContactFilter.Sort.NAME,
				true), 0, 200));
		ContactFilter classB = ContactFilter.all().narrowedTo(CustomerClass.B, null, null, null, null);
		long countB = timed("count of class B", () -> s.contacts().countMatching(classB));
		assertEquals(N / 3 + (N % 3 > 1 ? 1 : 0), countB);
		timed("last page of class B by agent",
				() -> s.contacts().query(classB.sortedBy(ContactFilter.Sort.OWNING_AGENT, false), countB - 200, 200));
		ContactFilter vipAgent2 = ContactFilter.all().narrowedTo(null, "VIP", "agent2", null, Boolean.FALSE);
		timed("count of VIP, agent2, callable", () -> s.contacts().countMatching(vipAgent2));
		timed("first page of VIP, agent2, callable by name",
				() -> s.contacts().query(vipAgent2.sortedBy(ContactFilter.Sort.NAME, false), 0, 200));
		timed("text search count \"公司4711\"", () -> s.contacts().countMatching(ContactFilter.all().withText("公司4711")));
		timed("count of all", () -> s.contacts().countMatching(ContactFilter.all()));
	}

	@Test
	void bulkAssignOfAFilteredSelectionIsOneAuditedTransaction() {
		Services zhao = admin.as(new Principal("zhao", null, Role.MANAGER));
		ContactFilter classC = ContactFilter.all().narrowedTo(CustomerClass.C, null, null, null, null);
		long expected = zhao.contacts().countMatching(classC);
		long start = System.nanoTime();
		BulkReport report = zhao.contacts().bulk(new ContactBulk(ContactBulk.Kind.ASSIGN_AGENT, "zhou"), null, classC);
		System.out.printf("ContactPagesScaleTest: bulk assign of %,d contacts (class C of %,d) in %,d ms%n",
				report.changed(), N, millisSince(start));
		assertEquals(new BulkReport(expected, expected), report);
		assertEquals(expected, zhao.contacts().countMatching(classC.narrowedTo(CustomerClass.C, null, "zhou", null, null)));
		assertEquals(expected, zhao.contacts().countMatching(ContactFilter.all().narrowedTo(null, null, "zhou", null, null)));
		assertEquals(1, admin.audit().count(null, null, "zhao", AuditActions.CONTACTS_BULK));
		assertEquals(expected, admin.audit().count(null, null, "zhao", AuditActions.EDIT));
	}

	@Test
	void aBulkChangeOfTheWholeFilterIsAllOrNothing() throws Exception {
		Services sun = admin.as(new Principal("sun", null, Role.MANAGER));
		ContactFilter all = ContactFilter.all();
		ContactFilter tagged = all.narrowedTo(null, "回访-2026", null, null, null);
		ContactBulk addTag = new ContactBulk(ContactBulk.Kind.ADD_TAG, "回访-2026");
		assertEquals(N, sun.contacts().countMatching(all));

		// Cancelled once it has changed a good part of the contacts in its open transaction: nothing is kept.
		long start = System.nanoTime();
		CompletableFuture<BulkReport> run = CompletableFuture.supplyAsync(() -> sun.contacts().bulk(addTag, null, all));
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		long seen = 0;
		while (!run.isDone() && System.nanoTime() < until) {
			var p = sun.contacts().bulkProgress();
			seen = p == null ? seen : p.worked();
			if (seen >= N / 4) {
				break;
			}
			Thread.sleep(5);
		}
		assertTrue(seen >= N / 4, "the change was seen under way: " + seen + " of " + N);
		assertTrue(sun.contacts().cancelBulk(), "cancelled while it ran");
		ExecutionException failed = assertThrows(ExecutionException.class, () -> run.get(120, TimeUnit.SECONDS));
		ServiceException refused = assertInstanceOf(ServiceException.class, failed.getCause());
		assertEquals(ServiceException.Kind.CONFLICT, refused.kind(), refused.getMessage());
		System.out.printf("ContactPagesScaleTest: bulk tag of %,d contacts cancelled at %,d in %,d ms%n", N, seen,
				millisSince(start));
		assertEquals(0, sun.contacts().countMatching(tagged), "no contact tagged");
		assertEquals(0, admin.audit().count(null, null, "sun", null), "nothing audited");
		assertEquals(null, sun.contacts().bulkProgress(), "no change under way");

		// Run to the end: every contact, one transaction, one audit record of the action.
		start = System.nanoTime();
		BulkReport report = sun.contacts().bulk(addTag, null, all);
		System.out.printf("ContactPagesScaleTest: bulk tag of %,d contacts (the whole filter) in %,d ms%n",
				report.changed(), millisSince(start));
		assertEquals(new BulkReport(N, N), report);
		assertEquals(N, sun.contacts().countMatching(tagged));
		assertEquals(1, admin.audit().count(null, null, "sun", AuditActions.CONTACTS_BULK));
	}
}
