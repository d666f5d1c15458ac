package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.CampaignValidation;
import org.revisit.core.calltype.CampaignValidation.Problem;
import org.revisit.model.AttemptPolicy;
import org.revisit.model.CallingWindow;
import org.revisit.model.Campaign;
import org.revisit.model.RetryRule;
import org.revisit.model.RevisitFactory;

/**
 * What a manager reads when a campaign, an import or a calendar is refused: each problem names the field by the
 * campaign file's path and says what is wrong without internal names (the workbench puts its label in place of
 * the path), and every such text of the core has its Chinese with the same arguments (the tests run in English;
 * the workbench tests check the Chinese on screen).
 */
class CampaignTextsTest {

	/** The keys of the core's texts these refusals use. */
	private static final List<String> PREFIXES = List.of("Campaign_", "CampaignState_", "Param_", "Target_", "Import_",
			"Calendar_");

	/** Texts whose Chinese leaves an argument out: the English weekday's name, which Chinese says as 周四. */
	private static final Set<String> FEWER_ARGUMENTS = Set.of("Calendar_weekday");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

	@Test
	void eachProblemNamesTheFileFieldAndSaysWhatIsWrongWithoutIt() {
		CallTypeRegistry registry = CallTypeRegistry.read();
		Campaign c = CampaignServiceTest.renewal("续约提醒");
		CallingWindow morning = window(9 * 60, 10 * 60);
		CallingWindow reversed = window(16 * 60, 14 * 60);
		c.getCallingWindows().add(morning);
		c.getCallingWindows().add(reversed);
		AttemptPolicy policy = RevisitFactory.eINSTANCE.createAttemptPolicy();
		policy.setMaxAttempts(0);
		RetryRule rule = RevisitFactory.eINSTANCE.createRetryRule();
		rule.setOutcomeCode("NO_ANSWER");
		rule.setIntervalMinutes(-5);
		policy.getRetryRules().add(rule);
		c.setAttemptPolicy(policy);
		c.setActiveTo(java.time.LocalDate.of(2026, 10, 1));
		c.setScriptVersion(-1);
		c.getParameters().put("plan", "gold");

		List<Problem> problems = CampaignValidation.findings(c, registry);
		List<String> fields = problems.stream().map(Problem::field).toList();
		assertTrue(fields.containsAll(List.of("callingWindows[1]", "maxAttempts", "retryMinutes.NO_ANSWER", "activeTo",
				"scriptVersion", "parameters.plan")), problems.toString());
		for (Problem p : problems) {
			assertTrue(!p.text().contains("campaign \"") && !p.text().contains("field \""),
					"the text says what is wrong, not which object and field: " + p);
			assertEquals(p.field() + ": " + p.text(), p.toString(), "the service and the command line name the field's path");
		}
		assertTrue(text(problems, "callingWindows[1]").contains("16:00-14:00"), "the window is shown: " + problems);
		assertEquals("must be one of basic, premium, not 'gold'", text(problems, "parameters.plan"));
		assertEquals("must be a script version from 1, or the current version, not -1", text(problems, "scriptVersion"));
		assertEquals(CampaignValidation.problems(c, registry), problems.stream().map(Problem::toString).toList());

		c.setScriptVersion(CampaignValidation.CURRENT_SCRIPT_VERSION);
		assertTrue(!CampaignValidation.findings(c, registry).stream().map(Problem::field).toList().contains("scriptVersion"),
				"the current version is a version");
	}

	private static String text(List<Problem> problems, String field) {
		return problems.stream().filter(p -> p.field().equals(field)).map(Problem::text).findFirst().orElse("");
	}

	private static CallingWindow window(int start, int end) {
		CallingWindow w = RevisitFactory.eINSTANCE.createCallingWindow();
		w.setStartMinute(start);
		w.setEndMinute(end);
		return w;
	}

	@Test
	void theTextsHaveChineseWithTheSameArguments() throws IOException {
		Properties en = load("messages.properties");
		Properties zh = load("messages_zh.properties");
		List<String> problems = new ArrayList<>();
		int keys = 0;
		for (String key : new TreeSet<>(en.stringPropertyNames())) {
			if (PREFIXES.stream().noneMatch(key::startsWith)) {
				continue;
			}
			keys++;
			String chinese = zh.getProperty(key, "");
			if (!chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
					&& !key.equals("Campaign_field")) {
				problems.add(key + " is not Chinese: " + chinese);
			}
			Set<String> english = arguments(en.getProperty(key));
			if (english.isEmpty() && (en.getProperty(key).contains("''") || chinese.contains("''"))) {
				problems.add(key + " takes no argument, so it is shown as written: a quote is written once");
			}
			if (FEWER_ARGUMENTS.contains(key) ? !english.containsAll(arguments(chinese)) : !english.equals(arguments(chinese))) {
				problems.add(key + " takes other arguments in Chinese: " + chinese);
			}
			String bound = NLS.bind(chinese, new Object[] { "A", "B", "C", "D", "E", "F" });
			if (bound.contains("{") || bound.contains("'") || bound.contains("<missing argument>")) {
				problems.add(key + " binds wrongly: " + bound);
			}
		}
		assertTrue(keys >= 90, "the texts were found: " + keys);
		assertEquals(List.of(), problems);
		assertEquals("\u6d3b\u52a8 7 \u7684\u72b6\u6001\u662f\u201c\u5df2\u7ed3\u675f\u201d\uff0c\u4e0d\u80fd\u6539\u4e3a\u201c\u8fdb\u884c\u4e2d\u201d",
				NLS.bind(zh.getProperty("Campaign_cannotMove"), new Object[] { 7, zh.getProperty("CampaignState_ENDED"),
						zh.getProperty("CampaignState_ACTIVE") }));
	}

	/**
	 * A number of days above the parameter's declared largest value (the complaint follow-up's collective window,
	 * which the planner loops over day by day) is refused when the campaign is saved, naming the parameter, in
	 * English and in Chinese; the largest value itself is taken.
	 */
	@Test
	void aWindowLongerThanAYearIsRefusedNamingTheParameter() throws IOException {
		CallTypeDescriptor complaints = CallTypeRegistry.read().get("org.revisit.calltype.complaintFollowUp");
		assertEquals(Integer.valueOf(366), complaints.parameter("collectiveWindowDays").max());
		assertEquals(List.of("parameters.collectiveWindowDays: must be at most 366, not '367'"),
				CampaignValidation.parameterProblems(Map.of("collectiveWindowDays", "367"), complaints));
		assertEquals(List.of(), CampaignValidation.parameterProblems(Map.of("collectiveWindowDays", "366"), complaints));
		assertEquals(List.of("parameters.collectiveWindowDays: must be a number of days (0 or more), not '-1'"),
				CampaignValidation.parameterProblems(Map.of("collectiveWindowDays", "-1"), complaints));
		assertEquals(List.of(), CampaignValidation.parameterProblems(Map.of("collectiveCount", "100000"), complaints),
				"a parameter without a largest value");
		assertEquals("\u4e0d\u80fd\u5927\u4e8e 366\uff0c\u800c\u4e0d\u662f\u201c367\u201d",
				NLS.bind(load("messages_zh.properties").getProperty("Param_atMost"), 366, "367"));
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = ARGUMENT.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Path dir = null;
		for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
			Path d = p.resolve("bundles/org.revisit.core/src/org/revisit/core/internal");
			if (Files.isDirectory(d)) {
				dir = d;
			}
		}
		assertTrue(dir != null, "the core's messages were found above " + Path.of("").toAbsolutePath());
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(dir.resolve(name))) {
			p.load(in);
		}
		return p;
	}
}
