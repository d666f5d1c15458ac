package org.revisit.core.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.revisit.core.calltype.PlanningContext;
import org.revisit.core.plan.Attempts;
import org.revisit.core.plan.CallingHours;
import org.revisit.core.script.run.CallSession;
import org.revisit.core.script.run.ScriptRunner;
import org.revisit.core.script.run.ScriptRunner.ValueKind;
import org.revisit.core.script.run.Successor;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Answer;
import org.revisit.model.Contact;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.Script;
import org.revisit.store.TaskClaims.ClaimedTask;
import org.revisit.store.TaskRepository.QueueItem;

/**
 * One simulated agent of the team, moved step by step by the {@link Simulator}: between 08:30 and 18:00 (with a
 * lunch break) in the team's zone it takes the next due call from the queue whose contact may be called now,
 * opens its script, and answers it as a customer would, one answer per step, or ends the attempt unanswered, busy
 * or on a wrong number. Everything goes through the agent's own {@link Services}, as the workbench does.
 */
final class SimulatedAgent {

	/** What became of the dialling: the outcome code of an attempt that did not reach the contact, or reached. */
	private enum Fate {
		REACHED, NO_ANSWER, BUSY, WRONG_NUMBER
	}

	/** How the reached customer leans, decided when the call connects. */
	private enum Mood {
		COOPERATIVE, CALL_BACK, LEFT, REFUSES
	}

	private static final LocalTime SHIFT_START = LocalTime.of(8, 30);
	private static final LocalTime LUNCH_START = LocalTime.of(12, 0);
	private static final LocalTime LUNCH_END = LocalTime.of(13, 30);
	private static final LocalTime SHIFT_END = LocalTime.of(18, 0);
	/** A call is only begun when it still fits into the contact's window. */
	private static final Duration FITS = Duration.ofMinutes(6);
	private static final int SCAN_PAGE = 150;
	/** How long the team trusts a look down the queue that found nothing to call now. */
	private static final Duration QUIET = Duration.ofMinutes(10);
	/** How many calls that may not be made now an agent holds at most while it claims the next. */
	private static final int HELD = 8;
	private static final int PATIENCE = 40;
	private static final String LANGUAGE = "zh";
	private static final String[] REASONS = { "响应速度慢", "工程师未按时到达", "问题未彻底解决", "希望增加培训", "价格偏高" };
	private static final String[] SUGGESTIONS = { "希望多提供上门服务", "希望缩短响应时间", "希望多举办培训", "暂无建议" };

	final String name;
	private final Services services;
	private final SimulationClock clock;
	private final ZoneId teamZone;
	private final Map<String, ScriptChooser> choosers;
	private final SimulationStats stats;
	private final Team team;
	private Random random;
	private Hours hours;

	private CallSession call;
	/** The next moment a call seen in the queue may be begun (set when nothing may be called now). */
	private Instant nextWindow;
	private ScriptChooser chooser;
	private Fate fate;
	private Mood mood;
	private int given;

	/** What the team knows together: until when a look down the queue found nothing to call. */
	static final class Team {
		Instant quietUntil;
	}

	/** Where the agent reads the calling hours of a call before taking it: the campaign's windows and calendar. */
	interface Hours {
		CallingHours of(Long campaignId);
	}

	SimulatedAgent(String name, Services services, SimulationClock clock, ZoneId teamZone,
			Map<String, ScriptChooser> choosers, SimulationStats stats, Team team) {
		this.name = name;
		this.team = team;
		this.services = services;
		this.clock = clock;
		this.teamZone = teamZone;
		this.choosers = choosers;
		this.stats = stats;
	}

	/** Starts a working day: the dice of the day and the calling hours in force. */
	void startDay(Random dice, Hours today) {
		this.random = dice;
		this.hours = today;
	}

	/** When this agent starts work on {@code day}. */
	Instant shiftStart(LocalDate day, int index) {
		return day.atTime(SHIFT_START).atZone(teamZone).toInstant().plusSeconds(index * 7L % 600);
	}

	boolean inCall() {
		return call != null;
	}

	/**
	 * Does the next thing at {@code now} (the clock stands there): takes a call, gives one answer, ends the call.
	 *
	 * @return when the agent acts next, or {@code null} when the working day is over for them
	 */
	Instant act(Instant now) {
		try {
			return call == null ? startCall(now) : goOn(now);
		} catch (ServiceException | IllegalArgumentException | IllegalStateException e) {
			stats.error(name + ": " + (e instanceof ServiceException s ? s.kind() + " " : "") + e.getMessage());
			giveBack();
			return now.plusSeconds(60);
		}
	}

	private Instant startCall(Instant now) {
		ZonedDateTime local = now.atZone(teamZone);
		LocalTime time = local.toLocalTime();
		if (!time.isBefore(SHIFT_END)) {
			return null;
		}
		if (time.isBefore(SHIFT_START)) {
			return local.with(SHIFT_START).toInstant();
		}
		if (!time.isBefore(LUNCH_START) && time.isBefore(LUNCH_END)) {
			return local.with(LUNCH_END).toInstant().plusSeconds(random.nextInt(300));
		}
		ClaimedTask task = pick(now);
		if (task == null) {
			// nothing may be called now: wait for the next window that opens for a call seen in the queue
			// (calls that fall due meanwhile, such as an appointment, are not seen: at most ten minutes)
			Instant wait = now.plus(Duration.ofMinutes(5 + random.nextInt(10)));
			if (nextWindow != null && nextWindow.isAfter(wait)) {
				wait = nextWindow.plusSeconds(random.nextInt(120));
			}
			Instant latest = now.plus(Duration.ofMinutes(10)).plusSeconds(random.nextInt(60));
			return wait.isAfter(latest) ? latest : wait;
		}
		call = CallSession.open(services.calls(), task.taskId(), LANGUAGE, clock);
		stats.opened++;
		Script script = call.script();
		chooser = choosers.computeIfAbsent(script.getScriptId() + " v" + script.getScriptVersion(),
				k -> new ScriptChooser(script));
		given = 0;
		int roll = random.nextInt(100);
		boolean dialable = call.dialledNumber() != null;
		fate = !dialable || roll < 3 ? Fate.WRONG_NUMBER : roll < 20 ? Fate.NO_ANSWER : roll < 26 ? Fate.BUSY : Fate.REACHED;
		int m = random.nextInt(100);
		mood = m < 8 ? Mood.CALL_BACK : m < 11 ? Mood.LEFT : m < 16 ? Mood.REFUSES : Mood.COOPERATIVE;
		return now.plusSeconds(fate == Fate.REACHED ? 8 + random.nextInt(15) : 20 + random.nextInt(30));
	}

	/**
	 * The next due call this agent may make now: the queue's next, in the queue's order (priority, then due),
	 * skipping those whose contact may not be called now (an overdue call of a contact in another zone, whose
	 * window is over); those are held while the next is claimed, then given back. When the first few are all
	 * skipped, the agent looks down the first rows of the queue's list for one it may call (unless a colleague
	 * did so in the last ten minutes and found none).
	 */
	private ClaimedTask pick(Instant now) {
		nextWindow = null;
		List<ClaimedTask> skipped = new ArrayList<>();
		ClaimedTask found = null;
		// a colleague looked down the queue a moment ago and found nothing to call now: only the first is tried
		boolean quiet = team.quietUntil != null && now.isBefore(team.quietUntil);
		try {
			while (skipped.size() < (quiet ? 1 : HELD)) {
				ClaimedTask next = services.queue().claimNext(30);
				if (next == null) {
					return null;
				}
				stats.claims++;
				if (callable(next.campaignId(), next.contactZone(), now)) {
					found = next;
					return found;
				}
				skipped.add(next);
				stats.skipped++;
				later(opens(next.campaignId(), next.contactZone(), now));
			}
		} finally {
			// not in the contact's hours now: given back to the queue
			for (ClaimedTask t : skipped) {
				services.queue().release(t.taskId());
			}
		}
		if (quiet) {
			return null;
		}
		List<QueueItem> items = new ArrayList<>(services.queue().queue(now, null, 0, SCAN_PAGE));
		items.sort(Comparator.comparingInt(QueueItem::priority).reversed());
		for (QueueItem item : items) {
			boolean free = item.leaseOwner() == null || !item.leaseExpiry().isAfter(now);
			if (free && callable(item.campaignId(), item.contactZone(), now)) {
				ClaimedTask claimed = services.queue().claim(item.taskId());
				if (claimed != null) {
					stats.claims++;
					return claimed;
				}
			} else if (free) {
				later(opens(item.campaignId(), item.contactZone(), now));
			}
		}
		team.quietUntil = now.plus(QUIET);
		return null;
	}

	private void later(Instant opens) {
		if (opens != null && (nextWindow == null || opens.isBefore(nextWindow))) {
			nextWindow = opens;
		}
	}

	/** When the call may next be begun, or {@code null} if not within a month. */
	private Instant opens(Long campaignId, String zone, Instant now) {
		CallingHours h = hours.of(campaignId == null || campaignId == 0 ? null : campaignId);
		return h.next(now, PlanningContext.zoneOf(zone), 30).orElse(null);
	}

	private boolean callable(Long campaignId, String zone, Instant now) {
		CallingHours h = hours.of(campaignId == null || campaignId == 0 ? null : campaignId);
		ZoneId z = PlanningContext.zoneOf(zone);
		return h.allows(now, z) && h.allows(now.plus(FITS), z);
	}

	private Instant goOn(Instant now) {
		if (fate != Fate.REACHED) {
			String code = fate == Fate.WRONG_NUMBER ? Attempts.WRONG_NUMBER
					: fate == Fate.BUSY ? Attempts.BUSY : Attempts.NO_ANSWER;
			call.notReached(code, call.dialledNumber());
			stats.notReached.merge(code, 1, Integer::sum);
			call = null;
			return now.plusSeconds(15 + random.nextInt(30));
		}
		ScriptRunner runner = call.runner();
		if (runner.isFinished()) {
			long contactId = call.contact().getId();
			var outcome = call.finish();
			stats.finished++;
			if (ScriptRunner.COMPLETED.equals(outcome.getDispositionCode())) {
				stats.completed++;
			}
			call = null;
			if (mood == Mood.REFUSES && random.nextInt(3) == 0) {
				doNotCall(contactId);
			}
			return now.plusSeconds(30 + random.nextInt(90));
		}
		if (++given > PATIENCE) {
			stats.error(name + ": the script of task " + call.task().taskId() + " did not end after " + PATIENCE
					+ " answers; the call was given back");
			giveBack();
			return now.plusSeconds(30);
		}
		answer(runner);
		return now.plusSeconds(8 + random.nextInt(35));
	}

	/** Gives one answer at the current step, as the customer's mood and the dice say. */
	private void answer(ScriptRunner runner) {
		boolean early = given <= 3;
		if (early && mood == Mood.CALL_BACK && give(runner, ScriptChooser.needing(runner, ValueKind.CALLBACK_TIME))) {
			stats.callbacksAgreed++;
			mood = Mood.COOPERATIVE;
			return;
		}
		if (early && mood == Mood.LEFT && give(runner, ScriptChooser.needing(runner, ValueKind.SUCCESSOR))) {
			stats.successors++;
			mood = Mood.COOPERATIVE;
			return;
		}
		if (early && mood == Mood.REFUSES) {
			Answer end = ScriptChooser.ending(runner);
			if (end != null) {
				call.answer(end, values(end), null);
				stats.refused++;
				return;
			}
		}
		Answer a = chooser.cooperative(runner);
		if (given < PATIENCE / 2 && random.nextInt(100) < 12) {
			List<Answer> others = chooser.others(runner);
			if (!others.isEmpty()) {
				a = others.get(random.nextInt(others.size()));
			}
		}
		if (a == null) {
			a = ScriptChooser.ending(runner);
		}
		if (a == null && give(runner, ScriptChooser.needing(runner, ValueKind.CALLBACK_TIME))) {
			stats.callbacksAgreed++;
			return;
		}
		if (a == null) {
			throw new IllegalStateException("step " + runner.currentStep().getNumber() + " of script "
					+ runner.script().getScriptId() + " has no answer the simulated customer can give");
		}
		call.answer(a, values(a), null);
	}

	/** Gives one of {@code answers} with the value it needs; false when there is none. */
	private boolean give(ScriptRunner runner, List<Answer> answers) {
		if (answers.isEmpty()) {
			return false;
		}
		Answer a = answers.get(random.nextInt(answers.size()));
		Object value = ScriptRunner.valueNeeded(a) == ValueKind.SUCCESSOR ? successor() : callbackTime();
		if (value == null) {
			return false;
		}
		call.answer(a, values(a), value);
		return true;
	}

	/** A moment in the contact's calling hours on one of the next three working days. */
	private Instant callbackTime() {
		CallingHours h = call.callingHours();
		ZoneId zone = call.contactZone();
		LocalDate day = clock.instant().atZone(zone).toLocalDate().plusDays(1 + random.nextInt(3));
		Optional<Instant> first = h.next(day.atStartOfDay(zone).toInstant(), zone, 30);
		if (first.isEmpty()) {
			return null;
		}
		var slots = h.slots(first.get().atZone(zone).toLocalDate(), zone);
		var slot = slots.get(random.nextInt(slots.size()));
		long minutes = Duration.between(slot.start(), slot.end()).toMinutes() - 20;
		Instant at = slot.start().toInstant().plus(Duration.ofMinutes(minutes <= 0 ? 0 : random.nextLong(minutes)));
		return at.isBefore(first.get()) ? first.get() : at;
	}

	private Successor successor() {
		Contact old = call.contact();
		String name = Names.person(random);
		return new Successor(name, random.nextBoolean() ? "先生" : "女士", Names.mobile(random),
				old.getPosition() == null ? "信息部经理" : old.getPosition());
	}

	/** Values for the fields the answer records: scores, reasons, suggestions. */
	private Map<String, String> values(Answer a) {
		Map<String, String> values = new HashMap<>();
		for (RecordField f : ScriptRunner.fieldsOf(a)) {
			String v = switch (f.getKind()) {
			case SCORE -> String.valueOf(random.nextInt(10) < 8 ? 4 + random.nextInt(2) : 1 + random.nextInt(3));
			case REASON -> REASONS[random.nextInt(REASONS.length)];
			case SUGGESTION -> SUGGESTIONS[random.nextInt(SUGGESTIONS.length)];
			case TEXT -> "客户已确认";
			default -> null;
			};
			if (v != null && f.getKind() != RecordKind.DATE) {
				values.put(f.getFieldName(), v);
			}
		}
		return values;
	}

	/** The customer asked not to be called again: the agent marks the contact, as the Contact Card does. */
	private void doNotCall(long contactId) {
		Contact contact = services.contacts().find(contactId);
		if (contact != null && !contact.isDoNotCall()) {
			contact.setDoNotCall(true);
			contact.setDoNotCallDate(Date.from(clock.instant()));
			contact.setDoNotCallSource("电话中客户要求");
			services.contacts().update(contact);
			stats.doNotCall++;
		}
	}

	/** Gives a call this agent holds back to the queue after a failure. */
	private void giveBack() {
		if (call != null) {
			try {
				call.release();
			} catch (RuntimeException e) {
				stats.error(name + ": could not give task " + call.task().taskId() + " back: " + e.getMessage());
			}
			call = null;
		}
	}

	/** At the end of the day: a call still in progress is given back. */
	void endDay() {
		giveBack();
	}
}
