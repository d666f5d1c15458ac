package org.revisit.cli.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.revisit.core.calltype.PlanningContext;

/**
 * How the command line writes times: ISO-8601 with the offset ({@code 2026-11-23T09:00+08:00}), so that every
 * time says which zone it is in. A time about a contact is written in the contact's zone; any other in this
 * computer's. JSON carries instants in UTC ({@code 2026-11-23T01:00:00Z}).
 */
final class Times {

	private Times() {
	}

	/** {@code at} in {@code zone} with its offset, seconds left out when they are zero; "" for null. */
	static String iso(Instant at, ZoneId zone) {
		return at == null ? "" : at.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
	}

	/** {@code at} in this computer's zone, with its offset. */
	static String local(Instant at) {
		return iso(at, ZoneId.systemDefault());
	}

	/** The zone of a contact as stored (an IANA id), or the default zone of contacts without a valid one. */
	static ZoneId contactZone(String timeZone) {
		return PlanningContext.zoneOf(timeZone);
	}
}
