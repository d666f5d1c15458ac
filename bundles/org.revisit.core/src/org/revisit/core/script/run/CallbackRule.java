package org.revisit.core.script.run;

import java.time.Instant;
import java.time.ZoneId;

import org.revisit.core.plan.CallingHours;

/**
 * Whether an agreed callback time may be used, besides not lying in the past: for a call, the contact's calling
 * hours. A {@link ScriptRunner} given a rule refuses the answers whose time it refuses, and so does
 * {@link ScriptRunner#resume(org.revisit.model.Script, java.util.Map, String, java.time.Clock, CallbackRule)} for
 * every callback in a saved call.
 */
@FunctionalInterface
public interface CallbackRule {

	/** Why {@code at} may not be agreed, in one line, or {@code null} when it may. */
	String refusal(Instant at);

	/** The rule of a contact's calling hours: only moments that {@code hours} allows in the contact's {@code zone}. */
	static CallbackRule of(CallingHours hours, ZoneId zone) {
		return at -> {
			CallingHours.Verdict verdict = hours.check(at, zone);
			return verdict.allowed() ? null
					: "the callback time is not allowed (" + verdict.refusal() + "): " + verdict.detail();
		};
	}
}
