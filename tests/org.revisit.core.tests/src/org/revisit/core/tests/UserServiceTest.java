package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.AuditService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.UserInfo;
import org.revisit.core.service.UserService;
import org.revisit.core.service.local.LocalAuditService;
import org.revisit.core.service.local.LocalServices;
import org.revisit.core.service.local.LocalUserService;
import org.revisit.core.service.local.Passwords;
import org.revisit.model.Role;
import org.revisit.store.AuditActions;
import org.revisit.store.AuditRecord;
import org.revisit.store.PasswordHash;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;
import org.revisit.store.UserRepository.Account;

/**
 * The user administration: adding, disabling, enabling, roles and passwords, the rules for names and passwords,
 * the last administrator, the audit of each change, and the refusal of every operation to the roles that lack
 * the permission, with nothing changed.
 */
class UserServiceTest {

	private static final String PASSWORD = "Lotus pond 2026";

	@TempDir
	Path dir;

	Store store;
	UserService admin;

	/** One hash for the users every test starts with (a hash takes a fraction of a second). */
	private static PasswordHash hash;

	@BeforeEach
	void open() {
		store = Store.open(StoreConfig.embedded(dir).withClock(TestClock.fixed()));
		admin = new LocalUserService(store, new Principal("boss", "老板", Role.ADMIN));
		if (hash == null) {
			hash = Passwords.hash(PASSWORD.toCharArray());
		}
		store.transaction(tx -> {
			for (String[] u : new String[][] { { "boss", "老板", "ADMIN" }, { "wang", "王芳", "AGENT" } }) {
				long id = store.users().add(tx, u[0], u[1], Role.getByName(u[2]), hash, TestClock.NOW);
				store.audit().record(tx, TestClock.NOW, "boss", AuditActions.USER_ADDED, "User", id, "added " + u[0]);
			}
			return null;
		});
	}

	@AfterEach
	void close() {
		store.close();
	}

	private List<AuditRecord> audit(String action) {
		return store.audit().find(null, null, null, action, 0, 1000);
	}

	@Test
	void addedUsersAreListedWithTheirStateButNeverTheirPassword() {
		UserInfo li = admin.add(" li.na ", "  李娜 ", Role.MANAGER, PASSWORD.toCharArray());
		assertEquals("li.na", li.name());
		assertEquals("李娜", li.displayName());
		List<UserInfo> users = admin.list();
		assertEquals(List.of("boss", "li.na", "wang"), users.stream().map(UserInfo::name).toList());
		UserInfo read = users.get(1);
		assertEquals(new UserInfo("li.na", "李娜", Role.MANAGER, false, null, null, TestClock.NOW, true), read);
		AuditRecord added = audit(AuditActions.USER_ADDED).get(0);
		assertEquals("boss", added.user());
		assertEquals("User", added.entity());
		assertEquals(store.users().account("li.na").id(), added.id());
		assertTrue(added.detail().contains("manager"), added.detail());
	}

	@Test
	void badNamesPasswordsAndDuplicatesAreRefusedWithOneLine() {
		assertRefused(Kind.INVALID, "The password must have at least 10 characters",
				() -> admin.add("zhao", null, Role.AGENT, "short".toCharArray()));
		assertRefused(Kind.INVALID, "The password must not be the user name",
				() -> admin.add("zhaolei2026", null, Role.AGENT, "zhaolei2026".toCharArray()));
		assertRefused(Kind.INVALID, "The user name must be 1 to 64 letters",
				() -> admin.add("-zhao", null, Role.AGENT, PASSWORD.toCharArray()));
		assertRefused(Kind.INVALID, "The user name must be 1 to 64 letters",
				() -> admin.add("zhao lei", null, Role.AGENT, PASSWORD.toCharArray()));
		assertRefused(Kind.INVALID, "The display name must not contain U+202E",
				() -> admin.add("zhao", "evil\u202Eman", Role.AGENT, PASSWORD.toCharArray()));
		assertRefused(Kind.INVALID, "The role is missing", () -> admin.add("zhao", null, null, PASSWORD.toCharArray()));
		assertRefused(Kind.CONFLICT, "There is already a user wang",
				() -> admin.add("wang", null, Role.AGENT, PASSWORD.toCharArray()));
		assertRefused(Kind.NOT_FOUND, "There is no user nobody", () -> admin.disable("nobody"));
		assertRefused(Kind.INVALID, "The password must have at least 10 characters",
				() -> admin.setPassword("wang", "123456789".toCharArray()));
		assertEquals(2, admin.list().size());
		assertEquals(2, audit(AuditActions.USER_ADDED).size());
	}

	@Test
	void disableEnableRoleAndPasswordAreAuditedWithTheActingUser() {
		admin.disable("wang");
		assertTrue(admin.list().get(1).disabled());
		admin.disable("wang");
		assertEquals(1, audit(AuditActions.USER_DISABLED).size(), "disabling twice is one change");
		admin.enable("wang");
		assertFalse(admin.list().get(1).disabled());
		admin.setRole("wang", Role.SUPERVISOR);
		assertEquals(Role.SUPERVISOR, admin.list().get(1).role());
		admin.setPassword("wang", "a brand new password".toCharArray());

		AuditRecord role = audit(AuditActions.ROLE_CHANGED).get(0);
		assertEquals("boss", role.user());
		assertEquals("role", role.field());
		assertEquals("AGENT", role.before());
		assertEquals("SUPERVISOR", role.after());
		for (String action : List.of(AuditActions.USER_DISABLED, AuditActions.USER_ENABLED, AuditActions.PASSWORD_CHANGED)) {
			List<AuditRecord> rows = audit(action);
			assertEquals(1, rows.size(), action);
			assertEquals("boss", rows.get(0).user(), action);
			assertEquals(store.users().account("wang").id(), rows.get(0).id(), action);
		}
	}

	@Test
	void theLastEnabledAdministratorStays() {
		assertRefused(Kind.INVALID, "boss is the last enabled administrator", () -> admin.disable("boss"));
		assertRefused(Kind.INVALID, "boss is the last enabled administrator", () -> admin.setRole("boss", Role.MANAGER));
		assertEquals(Role.ADMIN, admin.list().get(0).role());

		admin.setRole("wang", Role.ADMIN);
		admin.setRole("boss", Role.MANAGER);
		assertRefused(Kind.INVALID, "wang is the last enabled administrator", () -> admin.disable("wang"));
		admin.add("zhao", null, Role.ADMIN, PASSWORD.toCharArray());
		admin.disable("zhao");
		assertRefused(Kind.INVALID, "a disabled administrator does not count",
				"wang is the last enabled administrator", () -> admin.setRole("wang", Role.AGENT));
	}

	@Test
	void whoAmIIsThePrincipal() {
		Principal agent = new Principal("wang", "王芳", Role.AGENT);
		assertEquals(agent, new LocalUserService(store, agent).whoAmI());
		// the local services give these implementations (the store is closed after the test)
		@SuppressWarnings("resource")
		LocalServices services = LocalServices.open(store, CallTypeRegistry.read(), agent);
		assertTrue(services.users() instanceof LocalUserService);
		assertTrue(services.audit() instanceof LocalAuditService);
		assertEquals(agent, services.users().whoAmI());
	}

	/** What a refused operation might have changed: every account and the number of audit entries. */
	private record State(List<Account> accounts, long auditEntries) {
	}

	private State state() {
		return new State(store.users().accounts(), store.audit().count(null, null, null, null));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "AGENT", "SUPERVISOR", "MANAGER" })
	void everyUserOperationButOwnPasswordIsRefusedWithoutTheUsersPermission(Role role) {
		UserService user = new LocalUserService(store, new Principal("wang", null, role));
		State before = state();
		List<Consumer<UserService>> operations = List.of(UserService::list,
				u -> u.add("zhao", null, Role.ADMIN, PASSWORD.toCharArray()), u -> u.disable("boss"),
				u -> u.enable("wang"), u -> u.setRole("wang", Role.ADMIN),
				u -> u.setPassword("boss", "taken over by wang".toCharArray()));
		for (int i = 0; i < operations.size(); i++) {
			Consumer<UserService> op = operations.get(i);
			ServiceException e = assertThrows(ServiceException.class, () -> op.accept(user), "operation " + i);
			assertEquals(Kind.FORBIDDEN, e.kind(), "operation " + i + ": " + e.getMessage());
			assertTrue(e.getMessage().contains("admin role"), e.getMessage());
		}
		assertEquals(before, state(), "nothing changed");
		assertEquals(new Principal("wang", null, role), user.whoAmI());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "AGENT", "SUPERVISOR" })
	void theAuditIsRefusedWithoutTheAuditPermission(Role role) {
		AuditService audit = new LocalAuditService(store, new Principal("wang", null, role));
		State before = state();
		ServiceException read = assertThrows(ServiceException.class, () -> audit.read(null, null, null, null, 0, 10));
		assertEquals(Kind.FORBIDDEN, read.kind());
		ServiceException count = assertThrows(ServiceException.class, () -> audit.count(null, null, "wang", null));
		assertEquals(Kind.FORBIDDEN, count.kind());
		assertEquals(before, state());
	}

	@Test
	void managersReadTheAudit() {
		AuditService audit = new LocalAuditService(store, new Principal("li", null, Role.MANAGER));
		assertEquals(2, audit.count(null, null, null, "user_added"));
		assertEquals(2, audit.read(null, null, "boss", null, 0, 10).size());
		assertEquals(0, audit.count(TestClock.NOW.plusSeconds(1), null, null, null));
		assertRefused(Kind.INVALID, "The action must be a name", () -> audit.count(null, null, null, "drop table"));
		assertRefused(Kind.INVALID, "must be before its end", () -> audit.read(TestClock.NOW, Instant.EPOCH, null, null, 0, 1));
		assertRefused(Kind.INVALID, "limit must be 1 to 10000", () -> audit.read(null, null, null, null, 0, 0));
	}

	private static void assertRefused(Kind kind, String start, Runnable op) {
		assertRefused(kind, null, start, op);
	}

	private static void assertRefused(Kind kind, String why, String part, Runnable op) {
		ServiceException e = assertThrows(ServiceException.class, op::run, why);
		assertEquals(kind, e.kind(), e.getMessage());
		assertTrue(e.getMessage().contains(part), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line");
	}
}
