package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.model.Birthday;
import org.revisit.model.CalendarKind;
import org.revisit.model.CallTask;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.RevisitPackage;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.TaskState;
import org.revisit.model.validation.RevisitModelValidator;

class ModelRoundTripTest {

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;
	private Locale savedLocale;

	@BeforeEach
	void englishMessages() {
		savedLocale = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(savedLocale);
	}

	@Test
	void contactSurvivesXmiRoundTrip(@TempDir Path dir) throws IOException {
		Contact wang = contact("王伟", "13812345678");
		wang.setId(42);
		wang.setVersion(3);
		wang.setTitle("先生");
		wang.setCompany("上海某某软件有限公司");
		wang.setCustomerClass(CustomerClass.B);
		wang.getTags().addAll(List.of("VIP", "华东"));
		wang.setConsent(true);
		wang.setConsentDate(new Date(1_700_000_000_000L));
		PhoneNumber office = phone(PhoneType.OFFICE, "021-6543 2100转123");
		office.setInvalid(true);
		office.setInvalidReason("空号");
		wang.getPhones().add(office);
		Birthday birthday = F.createBirthday();
		birthday.setCalendar(CalendarKind.LUNAR);
		birthday.setMonth(4);
		birthday.setDay(30);
		birthday.setLeapMonth(true);
		wang.setBirthday(birthday);

		Contact li = contact("李娜", "+86 139 0000 1111");
		li.setStatus(ContactStatus.LEFT_COMPANY);
		li.setSuccessor(wang);

		Campaign campaign = F.createCampaign();
		campaign.setName("2025 回访");
		campaign.getParameters().put("trainingDate", "2025-11-20");
		campaign.setActiveFrom(LocalDate.of(2025, 10, 1));
		campaign.getCallingWindows().add(window(9 * 60, 10 * 60));

		ResourceSet rs = resourceSet();
		URI uri = URI.createFileURI(dir.resolve("contacts.xmi").toString());
		Resource out = rs.createResource(uri);
		out.getContents().addAll(List.of(wang, li, campaign));
		out.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));

		Resource in = resourceSet().getResource(uri, true);
		assertEquals(3, in.getContents().size());
		assertTrue(EcoreUtil.equals(List.copyOf(out.getContents()), List.copyOf(in.getContents())),
				"loaded objects equal the saved ones");
		Contact loadedLi = (Contact) in.getContents().get(1);
		assertEquals("王伟", loadedLi.getSuccessor().getName());
		assertEquals(LocalDate.of(2025, 10, 1), ((Campaign) in.getContents().get(2)).getActiveFrom());
		assertEquals("Asia/Shanghai", loadedLi.getTimeZone());

		Diagnostic ok = RevisitModelValidator.diagnostician().validate(wang);
		assertEquals(Diagnostic.OK, ok.getSeverity(), () -> dump(ok));
	}

	@Test
	void badContactGetsMessagesNamingObjectAndField() {
		Contact bad = contact("  ", "12-ab");
		bad.setId(7);
		bad.setTimeZone("Beijing");
		Birthday birthday = F.createBirthday();
		birthday.setCalendar(CalendarKind.SOLAR);
		birthday.setMonth(2);
		birthday.setDay(29);
		birthday.setYear(2023);
		bad.setBirthday(birthday);

		Diagnostic d = RevisitModelValidator.diagnostician().validate(bad);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		List<String> messages = d.getChildren().stream().map(Diagnostic::getMessage).toList();
		assertTrue(messages.contains("contact #7: field \"name\" must not be blank"), messages::toString);
		assertTrue(messages.contains("phone number \"12-ab\" of contact #7: field \"number\" \"12-ab\" is not a phone"
				+ " number: use 5 to 20 digits, optionally with a leading +, spaces, dashes, parentheses and an"
				+ " extension"), messages::toString);
		assertTrue(messages.contains("birthday of contact #7: field \"day\" must be 1 to 28 for month 2, not 29"),
				messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.contains("field \"timeZone\"")), messages::toString);
		Diagnostic first = d.getChildren().get(0);
		assertEquals(bad, first.getData().get(0));
		assertEquals(RevisitPackage.Literals.CONTACT__NAME, first.getData().get(1));
	}

	@Test
	void leapDayWithUnknownYearAndLunarThirtiethAreValid() {
		Birthday solar = F.createBirthday();
		solar.setMonth(2);
		solar.setDay(29);
		Birthday lunar = F.createBirthday();
		lunar.setCalendar(CalendarKind.LUNAR);
		lunar.setMonth(12);
		lunar.setDay(30);
		Birthday lunar31 = F.createBirthday();
		lunar31.setCalendar(CalendarKind.LUNAR);
		lunar31.setMonth(1);
		lunar31.setDay(31);
		Diagnostician diagnostician = RevisitModelValidator.diagnostician();
		assertEquals(Diagnostic.OK, diagnostician.validate(solar).getSeverity());
		assertEquals(Diagnostic.OK, diagnostician.validate(lunar).getSeverity());
		assertEquals(Diagnostic.ERROR, diagnostician.validate(lunar31).getSeverity());
	}

	@Test
	void campaignTaskAndScoreConstraints() {
		Campaign campaign = F.createCampaign();
		campaign.setName("回访");
		campaign.getCallingWindows().add(window(16 * 60, 14 * 60));
		campaign.setAttemptPolicy(F.createAttemptPolicy());
		campaign.getAttemptPolicy().setMaxAttempts(0);
		CallTask task = F.createCallTask();
		task.setId(9);
		task.setState(TaskState.PLANNED);
		task.setLeaseOwner("agent1");
		Score score = F.createScore();
		score.setAspect("attitude");
		score.setValue(6);

		List<String> messages = messages(campaign, task, score);
		assertEquals(List.of(
				"calling window 1 of campaign \"回访\": field \"endMinute\" must be after the start: 16:00-14:00 is an"
						+ " empty or reversed window",
				"attempt policy of campaign \"回访\": field \"maxAttempts\" must be at least 1, is 0",
				"call task #9: field \"leaseOwner\" is \"agent1\", but only a CLAIMED task has a lease owner (the"
						+ " state is PLANNED)",
				"score \"attitude\": field \"value\" must be 1 to 5, not 6"), messages);
	}

	@Test
	void namesWithControlOrTextDirectionCharactersAreRefusedNamingTheField() {
		Contact nul = contact("李\u0000明", "13812345678");
		Contact rlo = contact("王伟", "13812345678");
		rlo.setId(3);
		rlo.setTitle("先\u202E生");
		Campaign campaign = F.createCampaign();
		campaign.setName("回访\u001B[31m");
		Script script = F.createScript();
		script.setScriptId("s");
		script.setTitle("问\u2066候");
		List<String> messages = messages(nul, rlo, campaign, script);
		assertEquals(List.of(
				"contact \"李\\u0000明\": field \"name\" contains the invisible character U+0000 (NUL) (character 2);"
						+ " control and text-direction characters are not allowed in names",
				"contact \"王伟\" (#3): field \"title\" contains the invisible character U+202E (RLO) (character 2);"
						+ " control and text-direction characters are not allowed in names",
				"campaign \"回访\\u001B[31m\": field \"name\" contains the invisible character U+001B (ESC)"
						+ " (character 3); control and text-direction characters are not allowed in names",
				"script \"s v0\": field \"title\" contains the invisible character U+2066 (LRI) (character 2);"
						+ " control and text-direction characters are not allowed in names"),
				messages);
		// names in other scripts, with spaces and punctuation, are plain text
		Contact plain = contact("欧阳 娜娜", "13812345678");
		plain.setTitle("Dr. O'Neil-Zoë");
		Contact arabic = contact("محمد", "13812345678");
		assertEquals(List.of(), messages(plain, arabic));
	}

	/**
	 * The model's texts are NLS Messages (issue 16), in the platform's language, which is fixed for the JVM: this
	 * one speaks English; the Chinese file says the same diagnostic with the same keys and arguments.
	 */
	@Test
	void chineseMessages() throws java.io.IOException {
		Contact bad = contact("", "13812345678");
		bad.setId(5);
		assertEquals(List.of("contact #5: field \"name\" must not be blank"), messages(bad));
		java.util.Properties zh = new java.util.Properties();
		try (java.io.InputStream in = RevisitModelValidator.class.getResourceAsStream("messages_zh.properties")) {
			zh.load(in);
		}
		assertEquals("联系人 #5:字段“name”不能为空", org.eclipse.osgi.util.NLS.bind(zh.getProperty("Diagnostic"),
				new Object[] { org.eclipse.osgi.util.NLS.bind(zh.getProperty("Label_Contact_id"), "5"), "name",
						zh.getProperty("Constraint_blank") }));
	}

	@Test
	void installMakesTheGlobalDiagnosticianUseTheConstraints() {
		Contact bad = contact("", "13812345678");
		RevisitModelValidator.install();
		assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(bad).getSeverity());
	}

	private static List<String> messages(EObject... objects) {
		Diagnostician diagnostician = RevisitModelValidator.diagnostician();
		return java.util.Arrays.stream(objects).flatMap(o -> diagnostician.validate(o).getChildren().stream())
				.map(Diagnostic::getMessage).toList();
	}

	private static ResourceSet resourceSet() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(RevisitPackage.eNS_URI, RevisitPackage.eINSTANCE);
		return rs;
	}

	private static Contact contact(String name, String mobile) {
		Contact c = F.createContact();
		c.setName(name);
		c.getPhones().add(phone(PhoneType.MOBILE, mobile));
		return c;
	}

	private static PhoneNumber phone(PhoneType type, String number) {
		PhoneNumber p = F.createPhoneNumber();
		p.setType(type);
		p.setNumber(number);
		return p;
	}

	private static CallingWindow window(int start, int end) {
		CallingWindow w = F.createCallingWindow();
		w.setStartMinute(start);
		w.setEndMinute(end);
		return w;
	}

	private static String dump(Diagnostic d) {
		StringBuilder sb = new StringBuilder();
		sb.append(d.getSeverity()).append(' ').append(d.getMessage());
		for (Diagnostic c : d.getChildren()) {
			sb.append("\n  ").append(severity(c)).append(' ').append(c.getMessage());
		}
		return sb.toString();
	}

	private static String severity(Diagnostic d) {
		return switch (d.getSeverity()) {
			case Diagnostic.ERROR -> "ERROR";
			case Diagnostic.WARNING -> "WARNING";
			default -> "INFO";
		};
	}
}
