package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.service.DataService;
import org.revisit.core.service.Principal;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.ServiceException.Kind;
import org.revisit.core.service.Services;
import org.revisit.core.service.local.LocalServices;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallTask;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.HolidayCalendar;
import org.revisit.model.HolidayEntry;
import org.revisit.model.HolidayEntryKind;
import org.revisit.model.HolidayRule;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Role;
import org.revisit.model.Script;
import org.revisit.model.validation.SafeText;
import org.revisit.remote.Protocol;
import org.revisit.remote.RemoteServices;
import org.revisit.remote.ServiceCatalog;
import org.revisit.store.ContactFilter;
import org.revisit.store.UserRepository.Account;

/**
 * Hostile input over the real server, swept generically: every operation of every service the
 * {@link ServiceCatalog} reaches that takes text (a {@code String}, a password, the bytes of a CSV file, or a
 * model object with text fields, also in the objects it contains) is called through {@link RemoteServices} as an
 * administrator, once per text slot and hostile value (SQL, path traversal, Derby URL parts, 100,000 characters,
 * control characters and NUL, bidi overrides), with the other arguments valid.
 * <p>
 * Every answer must be a result or a clear refusal (INVALID, NOT_FOUND, FORBIDDEN, CONFLICT) whose message is one
 * line without a stack trace, SQL, a class name or a path of the server, and the server must log no failure. After
 * the sweep: the server answers; every table is there and no table lost rows (besides the calls in progress the
 * swept calls legitimately ended); rows the sweep did not address are as they were; no file appeared outside the
 * database's own files in the data folder, in /tmp, in the working folder or in Derby's home.
 * <p>
 * The operations' valid arguments ({@link #baselines}) are listed per operation; the test fails if an operation
 * that takes text has none, so a new one cannot be missed.
 */
class InjectionSweepTest {

	private static final String SWEEPER = "sweeper";
	private static final String TARGET = "target";
	private static final String TARGET_PASSWORD = "target's first password";

	/** The hostile values; the file names they could create are in {@link #FILE_NAMES}. */
	static final List<String> HOSTILE = List.of("' OR '1'='1", "'; DROP TABLE contact; --",
			"x' UNION SELECT password_hash FROM app_user --", "../../etc/passwd", "/etc/passwd",
			"..\\..\\windows\\win.ini", "file:///etc/passwd", ";create=true", ";shutdown=true",
			"jdbc:derby:/tmp/x;create=true", "x".repeat(100_000), "a\u0000b\u0001c\u001B[2J\r\nd",
			"abc\u202Egnp.exe\u202C", "\u2066x\u2069\u202Ay", "%s%n%x ${jndi:ldap://127.0.0.1/x}", "", "   ");

	/** Names a file created from a hostile value would have. */
	private static final Set<String> FILE_NAMES = Set.of("x", "passwd", "etc", "win.ini", "windows", ";create=true",
			";shutdown=true", "x;create=true", "file:", "..", "jdbc:derby:");

	/** Refusals a hostile value may get; a wrong current password also gets these two. */
	private static final Set<Kind> REFUSALS = EnumSet.of(Kind.INVALID, Kind.NOT_FOUND, Kind.FORBIDDEN, Kind.CONFLICT);
	private static final Set<Kind> LOGIN_REFUSALS = EnumSet.of(Kind.UNAUTHENTICATED, Kind.LOCKED);

	/** What a message of a refusal must not contain: signs of the server's insides. */
	private static final List<String> INTERNALS = List.of("SQLState", "SQLSTATE", "org.apache", "java.", "Exception",
			"server's log", "derby.", "Derby", "at org.revisit");

	@TempDir
	Path dir;

	private ServerFixture f;
	private LocalServices server;
	private final AtomicInteger counter = new AtomicInteger();
	private long contactId;
	private long campaignId;
	private final List<Long> bystanders = new ArrayList<>();

	/** A text attribute of a model class. */
	private record Field(EClass eClass, EAttribute attribute) {
	}

	/** One place of text in an operation's arguments: a parameter, or a text field of a model object in it. */
	private record Slot(String service, Method method, int param, EClass eClass, EAttribute attribute) {
		String name() {
			return service + "." + method.getName() + "#" + param
					+ (attribute == null ? "" : " " + eClass.getName() + "." + attribute.getName());
		}
	}

	/** Valid arguments of one operation, made afresh for each call; {@code csvCell} is the cell a hostile CSV replaces. */
	private record Baseline(Supplier<Object[]> args, String csvCell) {
		Baseline(Supplier<Object[]> args) {
			this(args, null);
		}
	}

	@Test
	void hostileTextIsAnsweredOrRefusedCleanlyAndHarmsNothing() throws Exception {
		try (ServerFixture fixture = ServerFixture.start(dir)) {
			f = fixture;
			prepare();
			Map<String, Baseline> baselines = baselines();
			List<Slot> slots = slots(baselines);
			Snapshot before = snapshot();

			List<String> problems = new ArrayList<>();
			Map<String, Integer> answered = new TreeMap<>();
			Map<String, Integer> refused = new TreeMap<>();
			try (RemoteServices admin = f.connect(SWEEPER)) {
				for (Slot slot : slots) {
					for (String value : HOSTILE) {
						String what = slot.name() + " = " + SafeText.echo(value, 40);
						Object[] args = baselines.get(slot.service() + "." + slot.method().getName()).args().get();
						apply(slot, args, value, baselines.get(slot.service() + "." + slot.method().getName()).csvCell());
						String problem = call(admin, slot, args, what);
						if (problem == null) {
							answered.merge(slot.name(), 1, Integer::sum);
						} else if (problem.isEmpty()) {
							refused.merge(slot.name(), 1, Integer::sum);
						} else {
							problems.add(problem);
						}
					}
				}
				// the server still answers, also the sweeper's session
				HttpResponse<String> ping = f.http.send(HttpRequest.newBuilder(f.uri().resolve(Protocol.PING)).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				assertEquals(200, ping.statusCode());
				assertTrue(admin.campaigns().counts().contacts() > 0, "the data is still there");
			}
			System.out.println("Sweep: " + slots.size() + " text slots x " + HOSTILE.size() + " values; answered "
					+ answered.values().stream().mapToInt(Integer::intValue).sum() + ", refused "
					+ refused.values().stream().mapToInt(Integer::intValue).sum());
			f.log().lines().filter(l -> l.contains("Failed: ")).forEach(l -> problems.add("the server logged: " + l));
			problems.addAll(compare(before, snapshot()));
			if (!problems.isEmpty()) {
				// what the server logged about its failures, stack traces included, to find their causes
				System.out.println(f.log().lines().filter(l -> !l.contains(" Login of ")).limit(400)
						.reduce("", (a, l) -> a + l + "\n"));
			}
			assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
		} finally {
			f = null;
		}
	}

	/**
	 * No operation of the catalog takes or gives a path, a file, a URL, a stream or anything of JDBC: a client
	 * cannot name a database or a file of the server's machine (the rule of the {@link Services} Javadoc).
	 */
	@Test
	void noOperationTakesAPathAFileOrADatabase() {
		List<Class<?>> forbidden = List.of(Path.class, java.io.File.class, java.net.URI.class, java.net.URL.class,
				java.io.InputStream.class, java.io.OutputStream.class, java.sql.Connection.class,
				org.revisit.store.Store.class, org.revisit.store.StoreConfig.class);
		ServiceCatalog catalog = ServiceCatalog.get();
		List<String> found = new ArrayList<>();
		int operations = 0;
		for (String service : catalog.services()) {
			for (Method m : catalog.getter(service).getReturnType().getMethods()) {
				if (catalog.operation(service, m.getName()) == null) {
					continue;
				}
				operations++;
				List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
				types.add(m.getGenericReturnType());
				for (Type t : types) {
					for (Class<?> c : classesIn(t, new LinkedHashSet<>())) {
						if (forbidden.stream().anyMatch(x -> x.isAssignableFrom(c)) || c.getName().startsWith("java.sql.")) {
							found.add(service + "." + m.getName() + ": " + c.getName());
						}
					}
				}
			}
		}
		assertTrue(operations > 50, operations + " operations");
		assertTrue(found.isEmpty(), found.toString());
	}

	/** The classes a type is made of: type arguments, array components, and the components of records. */
	private static Set<Class<?>> classesIn(Type type, Set<Class<?>> seen) {
		if (type instanceof ParameterizedType p) {
			classesIn(p.getRawType(), seen);
			for (Type a : p.getActualTypeArguments()) {
				classesIn(a, seen);
			}
		} else if (type instanceof Class<?> c && seen.add(c)) {
			if (c.isArray()) {
				classesIn(c.getComponentType(), seen);
			} else if (c.isRecord()) {
				for (var component : c.getRecordComponents()) {
					classesIn(component.getGenericType(), seen);
				}
			}
		}
		return seen;
	}

	/**
	 * Calls the operation; {@code null} when it answered, "" for a clean refusal, else what is wrong with the
	 * refusal.
	 */
	private String call(RemoteServices admin, Slot slot, Object[] args, String what) {
		try {
			Object target = ServiceCatalog.get().getter(slot.service()).invoke(admin);
			slot.method().invoke(target, args);
			return null;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (!(cause instanceof ServiceException refusal)) {
				return what + ": threw " + cause;
			}
			boolean password = slot.method().getName().equals("changeOwnPassword");
			if (!REFUSALS.contains(refusal.kind()) && !(password && LOGIN_REFUSALS.contains(refusal.kind()))) {
				return what + ": " + refusal.kind() + " " + SafeText.echo(refusal.getMessage(), 300);
			}
			String wrong = unclear(refusal.getMessage());
			return wrong == null ? "" : what + ": " + refusal.kind() + " message " + wrong + ": "
					+ SafeText.echo(refusal.getMessage(), 300);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What makes a refusal's message unclear or leaky, or {@code null}. */
	private String unclear(String message) {
		if (message == null || message.isBlank()) {
			return "missing";
		}
		// a refusal may list several errors of an object; the server sends at most 1000 characters
		if (message.length() > 1001) {
			return "too long (" + message.length() + " characters)";
		}
		if (SafeText.forbidden(message) >= 0) {
			return "with a raw " + SafeText.describe(message, SafeText.forbidden(message));
		}
		if (message.contains(dir.toString())) {
			return "with a path of the server";
		}
		for (String inside : INTERNALS) {
			if (message.contains(inside)) {
				return "with '" + inside + "'";
			}
		}
		return null;
	}

	// ---- the data the sweep works on ----

	private void prepare() {
		server = f.services;
		server.users().add(SWEEPER, "Sweeper", Role.ADMIN, ServerFixture.PASSWORD.toCharArray());
		server.users().add(TARGET, "Target", Role.AGENT, TARGET_PASSWORD.toCharArray());
		// bystanders: contacts and calls no swept operation names
		TaskFixtures.plan(f.store, 5, TestClock.NOW, 10).forEach(t -> bystanders.add(t.getContact().getId()));
		contactId = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0).getContact().getId();
		HolidayCalendar calendar = calendar();
		server.calendars().save(calendar);
		server.scripts().store(List.of(script()));
		server.admin().setSetting("placeholder.company", "华信");
		campaignId = server.campaigns().create(CampaignServiceTest.renewal("扫描活动")).getId();
	}

	/** The sweeper's view on the server's side, to set up what a swept call needs. */
	private Services sweeper() {
		return server.as(new Principal(SWEEPER, null, Role.ADMIN));
	}

	/** A new task of a new contact, held by the sweeper, with its call open unless {@code claimOnly}. */
	private long heldTask(boolean claimOnly) {
		CallTask task = TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0);
		sweeper().queue().claim(task.getId());
		if (!claimOnly) {
			sweeper().calls().open(task.getId(), "en");
		}
		return task.getId();
	}

	private long newContact() {
		return TaskFixtures.plan(f.store, 1, TestClock.NOW, 10).get(0).getContact().getId();
	}

	private Callback promise(long contact) {
		Callback cb = RevisitFactory.eINSTANCE.createCallback();
		Contact ref = RevisitFactory.eINSTANCE.createContact();
		ref.setId(contact);
		cb.setContact(ref);
		cb.setDueAt(Date.from(TestClock.NOW.plus(Duration.ofHours(3))));
		cb.setReason("客户在开会");
		cb.setOwner(SWEEPER);
		cb.setSource(CallbackSource.MANUAL);
		return cb;
	}

	private long storedPromise() {
		Callback cb = promise(contactId);
		f.store.callbacks().insert(List.of(cb));
		return cb.getId();
	}

	private static HolidayCalendar calendar() {
		HolidayCalendar c = RevisitFactory.eINSTANCE.createHolidayCalendar();
		c.setName("sweep");
		HolidayRule rule = RevisitFactory.eINSTANCE.createHolidayRule();
		rule.setName("春节");
		rule.setCalendar(CalendarKind.LUNAR);
		rule.setMonth(1);
		rule.setDay(1);
		rule.setDaysOff(3);
		c.getRules().add(rule);
		HolidayEntry entry = RevisitFactory.eINSTANCE.createHolidayEntry();
		entry.setDate(LocalDate.of(2026, 10, 1));
		entry.setKind(HolidayEntryKind.OFF_DAY);
		entry.setName("国庆节");
		c.getEntries().add(entry);
		return c;
	}

	/** The built-in script with the most kinds of text in it, as a script of its own id. */
	private static Script script() {
		CallTypeRegistry registry = CallTypeRegistry.read();
		Script best = null;
		int most = -1;
		for (var type : registry.all()) {
			if (!type.id().startsWith("org.revisit.calltype.")) {
				continue; // the test bundle's call types, some broken on purpose
			}
			for (String language : type.scripts().keySet()) {
				Script s = BuiltinScripts.read(type, language).scripts().get(0);
				int kinds = textFields(s).size();
				if (kinds > most) {
					most = kinds;
					best = s;
				}
			}
		}
		Script copy = EcoreUtil.copy(best);
		copy.setScriptId("sweep.script");
		copy.setScriptVersion(0);
		return copy;
	}

	/** The valid arguments of every operation that takes text. */
	private Map<String, Baseline> baselines() {
		Map<String, Baseline> b = new LinkedHashMap<>();
		b.put("queue.queue", new Baseline(() -> new Object[] { null, "org.revisit.calltype.birthday", 0L, 10 }));
		b.put("queue.queuePage", new Baseline(() -> new Object[] { null, "org.revisit.calltype.birthday", null, 10 }));
		b.put("queue.queueShape", new Baseline(() -> new Object[] { null, "org.revisit.calltype.birthday", 200 }));
		b.put("queue.reassign", new Baseline(() -> new Object[] { heldTask(true), TARGET }));
		b.put("calls.open", new Baseline(() -> new Object[] { heldTask(true), "en" }));
		b.put("calls.saveAnswers", new Baseline(() -> {
			long task = heldTask(false);
			return new Object[] { task, sweeper().calls().open(task, "en").state() };
		}));
		b.put("calls.saveNotes", new Baseline(() -> new Object[] { heldTask(false), "在开会" }));
		b.put("calls.notReached", new Baseline(() -> new Object[] { heldTask(false), "WRONG_NUMBER", "13800138000" }));
		b.put("contacts.idsByPhone", new Baseline(() -> new Object[] { "13800138000", 10 }));
		b.put("contacts.search", new Baseline(() -> new Object[] { "客户", 0L, 10 }));
		b.put("contacts.count", new Baseline(() -> new Object[] { "客户" }));
		b.put("contacts.update", new Baseline(() -> new Object[] { server.contacts().find(contactId) }));
		b.put("contacts.replaceWithSuccessor", new Baseline(() -> {
			Contact successor = StoreTest.contact("接班人" + counter.incrementAndGet(), "女士");
			successor.getPhones().get(0).setNumber("139" + String.format("%08d", counter.get()));
			return new Object[] { newContact(), -1, successor };
		}));
		b.put("scripts.load", new Baseline(() -> new Object[] { "sweep.script", 1 }));
		b.put("scripts.latest", new Baseline(() -> new Object[] { "sweep.script" }));
		b.put("scripts.versions", new Baseline(() -> new Object[] { "sweep.script" }));
		b.put("scripts.store", new Baseline(() -> new Object[] { List.of(script()) }));
		b.put("calendars.load", new Baseline(() -> new Object[] { "sweep" }));
		b.put("calendars.save", new Baseline(() -> new Object[] { calendar() }));
		b.put("callbacks.add", new Baseline(() -> new Object[] { promise(contactId) }));
		b.put("callbacks.supersede", new Baseline(() -> new Object[] { storedPromise(), promise(contactId) }));
		b.put("data.importContacts", new Baseline(() -> new Object[] {
				("name,mobile\n张三,139" + String.format("%08d", 50_000_000 + counter.incrementAndGet()) + "\n")
						.getBytes(StandardCharsets.UTF_8), "contacts.csv", false, null }, "张三"));
		b.put("data.importEvents", new Baseline(() -> new Object[] {
				("kind,occurred_at,mobile,contact_id,engineer,subject,external_ref\n"
						+ "purchase,2024-03-01 10:00,,#" + contactId + ",张工,购买,PO-" + counter.incrementAndGet() + "\n")
						.getBytes(StandardCharsets.UTF_8), "events.csv", false, null }, "购买"));
		b.put("data.exportContacts", new Baseline(() -> new Object[] { "utf-8" }));
		b.put("data.exportEvents", new Baseline(() -> new Object[] { null, null, "utf-8" }));
		b.put("users.add", new Baseline(() -> new Object[] { "new" + counter.incrementAndGet(), "New", Role.AGENT,
				"a long enough password".toCharArray() }));
		b.put("users.disable", new Baseline(() -> new Object[] { TARGET }));
		b.put("users.enable", new Baseline(() -> new Object[] { TARGET }));
		b.put("users.setRole", new Baseline(() -> new Object[] { TARGET, Role.SUPERVISOR }));
		b.put("users.setPassword", new Baseline(() -> new Object[] { TARGET, "another long password".toCharArray() }));
		// a current password that is wrong: the sweep must not change the sweeper's own
		b.put("users.changeOwnPassword", new Baseline(() -> new Object[] { "not the password".toCharArray(),
				"a new long password".toCharArray() }));
		b.put("reports.exported", new Baseline(() -> new Object[] { org.revisit.core.service.ReportService.Report.CALLING,
				org.revisit.core.service.ReportService.ReportFilter.period(java.time.LocalDate.of(2026, 11, 16),
						java.time.LocalDate.of(2026, 11, 22)),
				org.revisit.core.service.ReportService.ExportForm.CSV, "calling.csv" }));
		b.put("audit.read", new Baseline(() -> new Object[] { null, null, SWEEPER, "LOGIN", 0L, 10 }));
		b.put("audit.count", new Baseline(() -> new Object[] { null, null, SWEEPER, "LOGIN" }));
		b.put("reports.setReportZone", new Baseline(() -> new Object[] { "Europe/London" }));
		b.put("admin.setting", new Baseline(() -> new Object[] { "placeholder.company" }));
		b.put("admin.setSetting", new Baseline(() -> new Object[] { "placeholder.company", "华信" }));
		b.put("campaigns.check", new Baseline(() -> new Object[] { CampaignServiceTest.renewal("扫描") }));
		b.put("campaigns.create", new Baseline(
				() -> new Object[] { CampaignServiceTest.renewal("扫描" + counter.incrementAndGet()) }));
		b.put("campaigns.update", new Baseline(() -> new Object[] { server.campaigns().find(campaignId) }));
		b.put("campaigns.end", new Baseline(() -> new Object[] {
				server.campaigns().create(CampaignServiceTest.renewal("结束" + counter.incrementAndGet())).getId(),
				"季度回访已完成" }));
		b.put("campaigns.preview", new Baseline(() -> new Object[] { CampaignServiceTest.renewal("预览"), 7 }));
		b.put("campaigns.countTargets", new Baseline(() -> new Object[] { "tag:renewal" }));
		b.put("contacts.create", new Baseline(() -> {
			Contact added = ContactServiceTest.contact("扫描" + counter.incrementAndGet(), null, null);
			added.getPhones().get(0).setNumber("137" + String.format("%08d", counter.get()));
			return new Object[] { added };
		}));
		b.put("data.exportMatching", new Baseline(() -> new Object[] { ContactFilter.all(), null, "utf-8" }));
		b.put("data.previewImport", new Baseline(() -> new Object[] { DataService.ImportKind.CONTACTS,
				"name,mobile\n张三,13900000001\n".getBytes(StandardCharsets.UTF_8), "contacts.csv", null }, "张三"));
		b.put("data.importMapped", new Baseline(() -> new Object[] { DataService.ImportKind.CONTACTS,
				("name,mobile\n张三,139" + String.format("%08d", 60_000_000 + counter.incrementAndGet()) + "\n")
						.getBytes(StandardCharsets.UTF_8), "contacts.csv", false, null, List.of("name", "mobile") }, "张三"));
		b.put("scripts.save", new Baseline(() -> {
			Script edited = script();
			edited.setScriptId("sweep.edited");
			return new Object[] { edited, server.scripts().versions("sweep.edited").size() };
		}));
		b.put("scripts.makeCurrent", new Baseline(() -> new Object[] { "sweep.script", 1 }));
		b.put("answers.search", new Baseline(() -> new Object[] { "热线", "服务延时", "zh", 5 }));
		b.put("answers.suggest", new Baseline(() -> new Object[] { heldTask(true), "热线", "zh", 5 }));
		b.put("answers.recordUse", new Baseline(() -> {
			org.revisit.core.answers.AnswerEntry branched = org.revisit.core.answers.BuiltinAnswers.library().entries()
					.stream().map(p -> p.entry()).filter(e -> !e.branches().isEmpty()).findFirst().orElseThrow();
			return new Object[] { heldTask(true), branched.id(), branched.branches().get(0).condition() };
		}));
		b.put("answers.store", new Baseline(() -> new Object[] { org.revisit.core.answers.BuiltinAnswers.library(),
				server.store().answers().latestVersion(), "季度更新" }));
		b.put("answers.importDocument", new Baseline(() -> new Object[] {
				"(一)服务态度\n(1)客户：太不耐烦了\n受理人：非常抱歉\n".getBytes(StandardCharsets.UTF_8), "answers.txt", false,
				false }, "太不耐烦了"));
		return b;
	}

	/** Every text slot of every operation of the catalog; fails for an operation taking text without a baseline. */
	private List<Slot> slots(Map<String, Baseline> baselines) {
		ServiceCatalog catalog = ServiceCatalog.get();
		List<Slot> slots = new ArrayList<>();
		Set<String> missing = new TreeSet<>();
		Set<String> used = new LinkedHashSet<>();
		for (String service : catalog.services()) {
			Class<?> type = catalog.getter(service).getReturnType();
			for (Method m : type.getMethods()) {
				Method method = catalog.operation(service, m.getName());
				if (method == null || !method.equals(m) || !takesText(method)) {
					continue;
				}
				String key = service + "." + method.getName();
				Baseline baseline = baselines.get(key);
				if (baseline == null) {
					missing.add(key);
					continue;
				}
				used.add(key);
				Object[] args = baseline.args().get();
				Class<?>[] types = method.getParameterTypes();
				for (int i = 0; i < types.length; i++) {
					if (types[i] == String.class || types[i] == char[].class || types[i] == byte[].class) {
						slots.add(new Slot(service, method, i, null, null));
					} else if (args[i] != null) {
						for (Field field : textFields(args[i])) {
							slots.add(new Slot(service, method, i, field.eClass(), field.attribute()));
						}
					}
				}
			}
		}
		assertTrue(missing.isEmpty(), "operations that take text without valid arguments to sweep them: " + missing);
		assertEquals(baselines.keySet(), used, "baselines of operations that take no text");
		return slots;
	}

	private static boolean takesText(Method method) {
		for (Type t : method.getGenericParameterTypes()) {
			if (t == String.class || t == char[].class || t == byte[].class || isModel(t)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isModel(Type t) {
		if (t instanceof Class<?> c) {
			return EObject.class.isAssignableFrom(c);
		}
		if (t instanceof ParameterizedType p) {
			return Stream.of(p.getActualTypeArguments()).anyMatch(InjectionSweepTest::isModel);
		}
		return false;
	}

	/**
	 * The text attributes in an argument (a model object or a list of them) and in the objects it contains, once
	 * per class and attribute.
	 */
	private static List<Field> textFields(Object arg) {
		Set<Field> fields = new LinkedHashSet<>();
		for (EObject o : objects(arg)) {
			for (EAttribute a : o.eClass().getEAllAttributes()) {
				if (a.getEAttributeType() == EcorePackage.Literals.ESTRING && a.isChangeable()) {
					fields.add(new Field(o.eClass(), a));
				}
			}
		}
		return new ArrayList<>(fields);
	}

	private static List<EObject> objects(Object arg) {
		List<EObject> all = new ArrayList<>();
		List<?> roots = arg instanceof List<?> l ? l : List.of(arg);
		for (Object r : roots) {
			if (r instanceof EObject root) {
				all.add(root);
				for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
					all.add(it.next());
				}
			}
		}
		return all;
	}

	/** Puts the hostile value into the slot. */
	@SuppressWarnings("unchecked")
	private static void apply(Slot slot, Object[] args, String value, String csvCell) {
		Class<?> type = slot.method().getParameterTypes()[slot.param()];
		if (type == String.class) {
			args[slot.param()] = value;
		} else if (type == char[].class) {
			args[slot.param()] = value.toCharArray();
		} else if (type == byte[].class) {
			String csv = new String((byte[]) args[slot.param()], StandardCharsets.UTF_8);
			args[slot.param()] = csv.replace(csvCell, "\"" + value.replace("\"", "\"\"") + "\"")
					.getBytes(StandardCharsets.UTF_8);
		} else {
			for (EObject o : objects(args[slot.param()])) {
				if (o.eClass() == slot.eClass()) {
					if (slot.attribute().isMany()) {
						((List<Object>) o.eGet(slot.attribute())).clear();
						((List<Object>) o.eGet(slot.attribute())).add(value);
					} else {
						o.eSet(slot.attribute(), value);
					}
					return;
				}
			}
			throw new IllegalStateException("no " + slot.name() + " in the arguments");
		}
	}

	// ---- what must not change ----

	/** The tables and their rows, the accounts, the settings, the bystanders, and the files around. */
	private record Snapshot(Map<String, Long> rows, Map<String, String> accounts, Map<String, String> settings,
			Map<Long, String> bystanders, Set<String> dataFiles, Map<String, Set<String>> folders) {
	}

	private Snapshot snapshot() throws IOException {
		Map<String, Long> rows = f.store.read(TableRows::count);
		Map<String, String> accounts = new TreeMap<>();
		for (String user : List.of(ServerFixture.ADMIN, ServerFixture.AGENT, ServerFixture.MANAGER)) {
			Account a = f.store.users().account(user);
			accounts.put(user, a.password() + " " + a.role() + " " + a.disabled() + " " + a.displayName());
		}
		Map<String, String> settings = new TreeMap<>();
		for (String name : List.of("planner.weeklyBudget")) {
			settings.put(name, String.valueOf(f.store.settings().setting(name, null)));
		}
		Map<Long, String> contacts = new TreeMap<>();
		for (long id : bystanders) {
			Contact c = f.store.contacts().find(id);
			contacts.put(id, c == null ? "(none)" : org.revisit.remote.Json.toJson(c, Contact.class));
		}
		Set<String> dataFiles = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(f.data)) {
			walk.map(p -> f.data.relativize(p).toString().replace('\\', '/')).filter(p -> !p.equals("db")
					&& !p.startsWith("db/")).forEach(dataFiles::add);
		}
		Map<String, Set<String>> folders = new TreeMap<>();
		for (String folder : Stream.of("/tmp", System.getProperty("user.dir"), System.getProperty("derby.system.home"),
				dir.toString(), f.data.toString(), f.data.resolve("db").toString()).filter(java.util.Objects::nonNull)
				.toList()) {
			Path p = Path.of(folder);
			Set<String> names = new TreeSet<>();
			if (Files.isDirectory(p)) {
				try (Stream<Path> list = Files.list(p)) {
					list.map(x -> x.getFileName().toString()).forEach(names::add);
				}
			}
			folders.put(folder, names);
		}
		return new Snapshot(rows, accounts, settings, contacts, dataFiles, folders);
	}

	private static List<String> compare(Snapshot before, Snapshot after) {
		List<String> problems = new ArrayList<>();
		if (!before.rows().keySet().equals(after.rows().keySet())) {
			problems.add("tables changed: " + before.rows().keySet() + " -> " + after.rows().keySet());
		}
		StringBuilder deltas = new StringBuilder();
		for (Map.Entry<String, Long> t : before.rows().entrySet()) {
			Long now = after.rows().get(t.getKey());
			if (now != null && !now.equals(t.getValue())) {
				deltas.append(' ').append(t.getKey()).append(' ').append(t.getValue()).append("->").append(now);
			}
			// a swept call may end a call in progress (not reached): its draft goes, legitimately
			if (now != null && now < t.getValue() && !t.getKey().endsWith("CALL_DRAFT")) {
				problems.add("table " + t.getKey() + " lost rows: " + t.getValue() + " -> " + now);
			}
		}
		System.out.println("Rows added by the valid calls of the sweep:" + deltas);
		if (!before.accounts().equals(after.accounts())) {
			problems.add("accounts changed: " + before.accounts() + " -> " + after.accounts());
		}
		if (!before.settings().equals(after.settings())) {
			problems.add("settings changed: " + before.settings() + " -> " + after.settings());
		}
		if (!before.bystanders().equals(after.bystanders())) {
			problems.add("contacts no call named changed");
		}
		if (!before.dataFiles().equals(after.dataFiles())) {
			Set<String> added = new TreeSet<>(after.dataFiles());
			added.removeAll(before.dataFiles());
			Set<String> gone = new TreeSet<>(before.dataFiles());
			gone.removeAll(after.dataFiles());
			problems.add("files of the data folder outside the database: added " + added + ", gone " + gone);
		}
		for (Map.Entry<String, Set<String>> folder : after.folders().entrySet()) {
			Set<String> added = new TreeSet<>(folder.getValue());
			added.removeAll(before.folders().getOrDefault(folder.getKey(), Set.of()));
			for (String name : added) {
				if (FILE_NAMES.contains(name) || name.startsWith("x;") || name.contains("passwd")
						|| name.contains("win.ini") || name.contains(";create") || name.contains(";shutdown")) {
					problems.add("a file appeared: " + Path.of(folder.getKey(), name));
				}
			}
		}
		return problems;
	}
}
