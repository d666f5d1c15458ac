package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.revisit.core.script.BuiltinScripts;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.model.Script;

/**
 * The saved state of a call (ScriptRunner.state(), read back by resume): malformed text of any kind is refused
 * with an IllegalArgumentException naming the line and the part, never another exception.
 */
class ScriptStateFormatTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

	private static Script hotline() {
		return BuiltinScripts.read("zh", "org.revisit.calltype.hotlineSupervision").scripts().get(0);
	}

	@Test
	void theFormatIsTheDocumentedOneAndRoundTrips() {
		ScriptRunner r = new ScriptRunner(hotline(), Map.of(), CLOCK);
		r.answer(r.answerFor("否"), Map.of());
		String saved = r.state();
		String[] lines = saved.split("\n");
		Script s = hotline();
		assertEquals("revisit-script-run 1 " + s.getScriptId() + " " + s.getScriptVersion(), lines[0]);
		assertTrue(lines[1].matches("\\d+\t\\d+\t" + CLOCK.millis() + ".*"), lines[1]);
		assertEquals(saved, ScriptRunner.resume(hotline(), Map.of(), saved, CLOCK).state());
	}

	@Test
	void malformedStatesAreRefusedWithAClearMessage() {
		ScriptRunner r = new ScriptRunner(hotline(), Map.of(), CLOCK);
		String header = r.state().strip();
		long at = CLOCK.millis();
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("", "belongs to another script or version");
		bad.put("garbage", "belongs to another script or version");
		bad.put(header + "\n1", "answer 1 of the saved call cannot be read: it has 1 parts");
		bad.put(header + "\n\t\t", "the step number '' is not a whole number");
		bad.put(header + "\nx\t0\t" + at, "the step number 'x' is not a whole number");
		bad.put(header + "\n1\t0\tsoon", "the time 'soon' is not milliseconds since 1970");
		bad.put(header + "\n1\t0\t-5", "the time -5 is before 1970");
		bad.put(header + "\n1\t0\t" + at + "\t=", "has no field name");
		bad.put(header + "\n1\t0\t" + at + "\t!", "is not name=value");
		bad.put(header + "\n1\t0\t" + at + "\t!=", "no value named ''");
		bad.put(header + "\n1\t0\t" + at + "\ta=%", "'%' has a broken %-escape");
		bad.put(header + "\n1\t0\t" + at + "\ta=%E", "has a broken %-escape");
		bad.put(header + "\n1\t0\t" + at + "\t%zz=1", "has a broken %-escape");
		bad.put(header + "\n1\t0\t" + at + "\ta=1\ta=2", "the field 'a' is given twice");
		bad.put(header + "\n1\t0\t" + at + "\t!callbackAt=x", "the callback time 'x' is not milliseconds");
		bad.put(header + "\n1\t0\t" + at + "\t!name=a\t!name=b", "the value 'name' is given twice");
		bad.put(header + "\n99999999999\t0\t" + at, "the step number '99999999999' is not a whole number");
		for (Map.Entry<String, String> b : bad.entrySet()) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> ScriptRunner.resume(hotline(), Map.of(), b.getKey(), CLOCK), b.getKey());
			assertTrue(e.getMessage().contains(b.getValue()), b.getKey() + " -> " + e.getMessage());
		}
	}
}
