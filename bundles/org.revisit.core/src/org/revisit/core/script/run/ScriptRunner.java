package org.revisit.core.script.run;

import org.revisit.core.internal.Messages;
import org.eclipse.osgi.util.NLS;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.revisit.core.script.Flow;
import org.revisit.core.script.Placeholders;
import org.revisit.model.Action;
import org.revisit.model.AgreeCallback;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.Callback;
import org.revisit.model.CallbackSource;
import org.revisit.model.Contact;
import org.revisit.model.CreateFollowUp;
import org.revisit.model.EndCall;
import org.revisit.model.FollowUp;
import org.revisit.model.GoToStep;
import org.revisit.model.Instruction;
import org.revisit.model.PathEntry;
import org.revisit.model.RecordField;
import org.revisit.model.RecordKind;
import org.revisit.model.RecordedValue;
import org.revisit.model.RevisitFactory;
import org.revisit.model.Score;
import org.revisit.model.Script;
import org.revisit.model.Step;
import org.revisit.model.TargetAbsent;
import org.revisit.model.TargetLeftCompany;

/**
 * Runs one script for one call: shows the current step with its placeholders filled, takes the customer's
 * answer (and the values its record actions ask for), follows the answer's actions to the next step, and keeps
 * the path taken. The state is just the list of answers given, so {@link #undo()} and {@link #resume} replay
 * it: a dropped call continues where it stopped.
 * <p>
 * Flow rules ({@link Flow}): the first go-to of an answer decides the next step; an end action ends the call with
 * its outcome code; a callback or an absent target without a go-to ends the call with {@value #CALLBACK}; an answer
 * with none of these moves on to the step that follows in the script. A step without answers is said and the call
 * goes on with the next step: its only answer is {@link #continuation()} ({@value #CONTINUE_ZH} in a Chinese
 * script, {@value #CONTINUE_EN} in others). The last step, if it has no answers, closes the call: once it is
 * reached the call is over ({@value #COMPLETED}).
 * <p>
 * Some answers need a value besides the recorded fields: one that agrees a callback (or finds the target absent)
 * takes the agreed date and time ({@link Instant} or {@link Date}), from which {@link #fill} makes a
 * {@link Callback}; one where the target has left the company takes the {@link Successor}, which the caller saves
 * with {@code ContactRepository.replaceWithSuccessor}.
 * <p>
 * {@link #resume} checks a saved state as strictly as {@link #answer(Answer, Map, Object)} checks an answer given
 * (each answer one of its step's, each step the one the script is at, each value of the kind its answer takes,
 * each callback time allowed by the {@link CallbackRule}), so a state that did not come from this script is
 * refused, whoever wrote it.
 */
public final class ScriptRunner {

	public static final String COMPLETED = "COMPLETED";
	public static final String CALLBACK = "CALLBACK";
	/** The label of the answer that goes on past a step without answers, in a Chinese script and in others. */
	public static final String CONTINUE_ZH = "继续";
	public static final String CONTINUE_EN = "Continue";

	/** The answer index a move past a step without answers is kept under. */
	private static final int CONTINUED = -1;

	private static final RevisitFactory F = RevisitFactory.eINSTANCE;

	/**
	 * One answer given: where, which, what was recorded, when; the agreed callback time and the successor when
	 * the answer needs them, else null.
	 */
	private record Move(int stepNumber, int answerIndex, Map<String, String> values, long at, Instant callbackAt,
			Successor successor) {
	}

	private final Script script;
	private final Map<String, String> context;
	private final Clock clock;
	private final CallbackRule rule;
	private final List<Move> moves = new ArrayList<>();
	private final Answer continuation;

	private Step current;
	private String outcome;
	private boolean callback;
	private boolean targetAbsent;
	private boolean targetLeft;
	private Instant callbackAt;
	private Move callbackMove;
	private Successor successor;
	private final Map<String, String> recorded = new LinkedHashMap<>();
	private final List<CreateFollowUp> followUps = new ArrayList<>();
	private List<Instruction> lastInstructions = List.of();

	public ScriptRunner(Script script, Map<String, String> context, Clock clock) {
		this(script, context, clock, null);
	}

	/**
	 * A runner whose callback times must also pass {@code rule} (e.g. the contact's calling hours); {@code null}:
	 * any time that is not in the past.
	 */
	public ScriptRunner(Script script, Map<String, String> context, Clock clock, CallbackRule rule) {
		if (script.getSteps().isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_noSteps, script.getTitle()));
		}
		this.script = script;
		this.context = Map.copyOf(withoutNulls(context));
		this.clock = clock;
		this.rule = rule;
		this.continuation = F.createAnswer();
		continuation.setLabel("zh".equals(script.getLanguage()) ? CONTINUE_ZH : CONTINUE_EN);
		restart();
	}

	/** The placeholder values the utterances are filled with. */
	public Map<String, String> context() {
		return context;
	}

	/**
	 * Rebuilds a runner from {@link #state()}, e.g. when a dropped call is taken up again.
	 *
	 * @throws IllegalArgumentException if the state is not one this script can reach: another script or version,
	 *             an unreadable line, an answer its step does not have, a step the script is not at, a field the
	 *             answer does not record, a score outside 1 to 5, or a value (callback time, successor) an answer
	 *             does not take, lacks or has wrong (a callback time before the answer that agreed it)
	 */
	public static ScriptRunner resume(Script script, Map<String, String> context, String state, Clock clock) {
		return resume(script, context, state, clock, null);
	}

	/**
	 * As {@link #resume(Script, Map, String, Clock)}, for a runner with a {@link CallbackRule}: every callback time
	 * in the state must pass it too.
	 */
	public static ScriptRunner resume(Script script, Map<String, String> context, String state, Clock clock,
			CallbackRule rule) {
		List<RunState.Line> saved = RunState.read(state, script.getScriptId(), script.getScriptVersion());
		ScriptRunner runner = new ScriptRunner(script, context, clock, rule);
		for (RunState.Line line : saved) {
			runner.replay(new Move(line.stepNumber(), line.answerIndex(), line.values(), line.at(), line.callbackAt(),
					line.successor()));
		}
		return runner;
	}

	/** Checks a saved answer as {@link #answer(Answer, Map, Object)} checks a new one, then takes it. */
	private void replay(Move move) {
		if (current == null || current.getNumber() != move.stepNumber()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_savedWrongStep, move.stepNumber(),
					current == null ? Messages.Run_savedAtEnd : NLS.bind(Messages.Run_savedAtStep, current.getNumber())));
		}
		if (outcome != null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_savedAfterEnd, move.stepNumber(), outcome));
		}
		Answer answer;
		if (move.answerIndex() == CONTINUED && current.getAnswers().isEmpty()) {
			answer = continuation;
		} else if (move.answerIndex() >= 0 && move.answerIndex() < current.getAnswers().size()) {
			answer = current.getAnswers().get(move.answerIndex());
		} else {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_noSuchAnswer, current.getNumber(), move.answerIndex()));
		}
		String where = NLS.bind(Messages.Run_where, current.getNumber(), answer.getLabel());
		checkFields(where, answer, move.values());
		ValueKind kind = valueNeeded(answer);
		if (kind != ValueKind.CALLBACK_TIME && move.callbackAt() != null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_savedNoCallbackTaken, where));
		}
		if (kind != ValueKind.SUCCESSOR && move.successor() != null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_savedNoSuccessorTaken, where));
		}
		if (kind == ValueKind.CALLBACK_TIME) {
			if (move.callbackAt() == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_savedCallbackMissing, where));
			}
			if (move.callbackAt().toEpochMilli() < move.at()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_savedCallbackPast,
						new Object[] { where, move.callbackAt(), Instant.ofEpochMilli(move.at()) }));
			}
			checkRule(where, move.callbackAt());
		} else if (kind == ValueKind.SUCCESSOR) {
			successor(where, answer, move.successor());
		}
		apply(move);
	}

	/** Each value must be one the answer records; a score, 1 to 5. */
	private static void checkFields(String where, Answer answer, Map<String, String> values) {
		List<RecordField> fields = fieldsOf(answer);
		for (Map.Entry<String, String> v : values.entrySet()) {
			if (v.getValue() != null && fields.stream().noneMatch(f -> Objects.equals(f.getFieldName(), v.getKey()))) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_noField, where, v.getKey()));
			}
		}
		for (RecordField field : fields) {
			String v = values.get(field.getFieldName());
			if (field.getKind() == RecordKind.SCORE && v != null && !v.matches("[1-5]")) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_score, field.getFieldName(), v));
			}
		}
	}

	private void checkRule(String where, Instant at) {
		String refused = rule == null ? null : rule.refusal(at);
		if (refused != null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_refused, where, refused));
		}
	}

	public Script script() {
		return script;
	}

	/** The step to say now; null once an end action has ended the call. */
	public Step currentStep() {
		return current;
	}

	/** The current step's words with the placeholders filled; unknown ones stay visible. */
	public String utterance() {
		return current == null ? "" : Placeholders.fill(current.getUtterance(), context);
	}

	/** The answers to the current step; at a step without answers (not the last), just {@link #continuation()}. */
	public List<Answer> answers() {
		if (current == null || outcome != null) {
			return List.of();
		}
		return current.getAnswers().isEmpty() ? List.of(continuation) : Collections.unmodifiableList(current.getAnswers());
	}

	/**
	 * The answer that goes on past a step without answers once it is said. It belongs to no step: it records
	 * nothing and its label is only kept in the path.
	 */
	public Answer continuation() {
		return continuation;
	}

	public boolean isFinished() {
		return outcome != null;
	}

	/** The outcome code once finished, else null. */
	public String outcome() {
		return outcome;
	}

	/** The record actions of an answer: the values {@link #answer(Answer, Map)} expects, keyed by field name. */
	public static List<RecordField> fieldsOf(Answer answer) {
		List<RecordField> fields = new ArrayList<>();
		for (Action a : answer.getActions()) {
			if (a instanceof RecordField r) {
				fields.add(r);
			}
		}
		return fields;
	}

	/** Finds an answer of the current step by its label or one of its keywords, ignoring case. */
	public Answer answerFor(String word) {
		String w = word.strip().toLowerCase(Locale.ROOT);
		for (Answer a : answers()) {
			if (a.getLabel() != null && a.getLabel().toLowerCase(Locale.ROOT).equals(w)) {
				return a;
			}
			for (String k : a.getKeywords()) {
				if (k.toLowerCase(Locale.ROOT).equals(w)) {
					return a;
				}
			}
		}
		return null;
	}

	public void answer(Answer answer) {
		answer(answer, Map.of(), null);
	}

	public void answer(Answer answer, Map<String, String> values) {
		answer(answer, values, null);
	}

	/** Gives an answer that needs a value ({@link #valueNeeded(Answer)}) and records no fields. */
	public void answer(Answer answer, Object value) {
		answer(answer, Map.of(), value);
	}

	/** What value an answer needs besides its recorded fields. */
	public enum ValueKind {
		NONE, CALLBACK_TIME, SUCCESSOR
	}

	/** Whether the answer needs the agreed callback time, the successor's details, or nothing. */
	public static ValueKind valueNeeded(Answer answer) {
		boolean time = false;
		boolean successor = false;
		for (Action a : answer.getActions()) {
			time |= a instanceof AgreeCallback || a instanceof TargetAbsent;
			successor |= a instanceof TargetLeftCompany;
		}
		return successor ? ValueKind.SUCCESSOR : time ? ValueKind.CALLBACK_TIME : ValueKind.NONE;
	}

	/**
	 * Gives the customer's answer to the current step, with the values for its record actions (field name →
	 * value; a score must be 1 to 5) and the answer's own value: the agreed callback time (an {@link Instant} or
	 * {@link Date}, not in the past) for an answer that agrees a callback or finds the target absent, the
	 * {@link Successor} for one where the target has left the company, else null.
	 *
	 * @throws IllegalArgumentException if a value is missing, of the wrong kind or invalid (a field the answer does
	 *             not record included, and a callback time the runner's {@link CallbackRule} refuses); nothing
	 *             changes
	 */
	public void answer(Answer answer, Map<String, String> values, Object value) {
		if (outcome != null || current == null) {
			throw new IllegalStateException(NLS.bind(Messages.Run_over, outcome));
		}
		if (answer == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_noAnswer, current.getNumber()));
		}
		boolean goesOn = answer == continuation && current.getAnswers().isEmpty();
		int index = goesOn ? CONTINUED : current.getAnswers().indexOf(answer);
		if (index < 0 && !goesOn) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_notAnAnswer, answer.getLabel(),
					current.getNumber()));
		}
		String where = NLS.bind(Messages.Run_where, current.getNumber(), answer.getLabel());
		checkFields(where, answer, values);
		Instant at = null;
		Successor who = null;
		switch (valueNeeded(answer)) {
		case CALLBACK_TIME -> {
			at = callbackTime(where, value);
			checkRule(where, at);
		}
		case SUCCESSOR -> who = successor(where, answer, value);
		case NONE -> {
			if (value != null) {
				throw new IllegalArgumentException(NLS.bind(Messages.Run_noValue, where, value));
			}
		}
		}
		apply(new Move(current.getNumber(), index, new LinkedHashMap<>(withoutNulls(values)), clock.millis(), at,
				who));
	}

	private Instant callbackTime(String where, Object value) {
		Instant at = value instanceof Instant i ? i : value instanceof Date d ? d.toInstant() : null;
		if (at == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_callbackNeeded, where)
					+ (value == null ? "" : " (" + value.getClass().getSimpleName() + " '" + value + "')")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (at.isBefore(clock.instant())) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_callbackPast, new Object[] { where, at,
					clock.instant() }));
		}
		return at;
	}

	private static Successor successor(String where, Answer answer, Object value) {
		if (!(value instanceof Successor s)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_successorNeeded, where)
					+ (value == null ? "" : " (" + value.getClass().getSimpleName() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<String> problems = s.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_refused, where, String.join("; ", problems))); //$NON-NLS-1$
		}
		return s;
	}

	/** Takes back the last answer; false when there was none. */
	public boolean undo() {
		if (moves.isEmpty()) {
			return false;
		}
		List<Move> kept = new ArrayList<>(moves.subList(0, moves.size() - 1));
		restart();
		kept.forEach(this::apply);
		return true;
	}

	/** The answers given so far as text, for {@link #resume}. */
	public String state() {
		return RunState.write(script.getScriptId(), script.getScriptVersion(), moves.stream()
				.map(m -> new RunState.Line(m.stepNumber(), m.answerIndex(), m.values(), m.at(), m.callbackAt(),
						m.successor()))
				.toList());
	}

	/** The path taken: one entry per answer given. */
	public List<PathEntry> path() {
		List<PathEntry> path = new ArrayList<>();
		for (Move m : moves) {
			PathEntry e = F.createPathEntry();
			e.setStepNumber(m.stepNumber());
			e.setAnswerLabel(answerOf(m).getLabel());
			e.setAt(new Date(m.at()));
			path.add(e);
		}
		return path;
	}

	/** The step numbers visited, the current one included. */
	public List<Integer> visited() {
		List<Integer> numbers = new ArrayList<>();
		moves.forEach(m -> numbers.add(m.stepNumber()));
		if (current != null) {
			numbers.add(current.getNumber());
		}
		return numbers;
	}

	/** Field name → value, in the order recorded (a field recorded twice keeps the last value). */
	public Map<String, String> recorded() {
		return Collections.unmodifiableMap(recorded);
	}

	public boolean callbackRequested() {
		return callback;
	}

	public boolean targetAbsent() {
		return targetAbsent;
	}

	public boolean targetLeftCompany() {
		return targetLeft;
	}

	/** The callback time agreed in this call (the last one, if agreed twice), or null. */
	public Instant callbackAt() {
		return callbackAt;
	}

	/** The person now in charge, when the target has left the company, or null. */
	public Successor successor() {
		return successor;
	}

	/**
	 * The callback agreed in this call as a new model object, or none: due at the agreed time, owned by
	 * {@code agent}, source {@link CallbackSource#CALL}; the reason names the script step and answer.
	 */
	public List<Callback> callbacks(Contact contact, String agent) {
		if (callbackAt == null) {
			return List.of();
		}
		Answer a = answerOf(callbackMove);
		Callback cb = F.createCallback();
		cb.setContact(contact);
		cb.setDueAt(Date.from(callbackAt));
		cb.setOwner(agent);
		cb.setSource(CallbackSource.CALL);
		cb.setReason(script.getTitle() + ", step " + callbackMove.stepNumber() + ": " + a.getLabel());
		return List.of(cb);
	}

	/** Follow-ups the answers asked for (each with the text recorded for it, if any). */
	public List<CreateFollowUp> followUps() {
		return Collections.unmodifiableList(followUps);
	}

	/** What the last answer tells the agent to do in words (thank, apologise...). */
	public List<Instruction> instructions() {
		return lastInstructions;
	}

	/**
	 * Copies script id and version, path, recorded values, scores, follow-ups and the agreed callback into an
	 * outcome; the callback is for the contact of the outcome's task and owned by the outcome's agent.
	 */
	public void fill(CallOutcome outcome) {
		fill(outcome, outcome.getTask() == null ? null : outcome.getTask().getContact());
	}

	/** As {@link #fill(CallOutcome)}, for a call to {@code contact} (the outcome may have no task). */
	public void fill(CallOutcome outcome, Contact contact) {
		if (callbackAt != null && (contact == null || outcome.getAgent() == null)) {
			throw new IllegalStateException("a callback was agreed at " + callbackAt + ": the outcome needs its agent "
					+ "and the call's contact (through its task or given) before it is filled");
		}
		outcome.setScriptId(script.getScriptId());
		outcome.setScriptVersion(script.getScriptVersion());
		outcome.setDispositionCode(this.outcome);
		outcome.getPath().addAll(path());
		for (Move m : moves) {
			for (RecordField field : fieldsOf(answerOf(m))) {
				String v = m.values().get(field.getFieldName());
				if (v == null) {
					continue;
				}
				// a field recorded again (a step gone through twice, or two answers recording the same field) holds
				// the latest value: an outcome stores each field and score once
				if (field.getKind() == RecordKind.SCORE) {
					outcome.getScores().removeIf(old -> field.getFieldName().equals(old.getAspect()));
					Score s = F.createScore();
					s.setAspect(field.getFieldName());
					s.setValue(Integer.parseInt(v));
					outcome.getScores().add(s);
				} else {
					outcome.getRecordedValues().removeIf(old -> field.getFieldName().equals(old.getField()));
					RecordedValue rv = F.createRecordedValue();
					rv.setField(field.getFieldName());
					rv.setValue(v);
					outcome.getRecordedValues().add(rv);
				}
			}
		}
		for (CreateFollowUp f : followUps) {
			FollowUp fu = F.createFollowUp();
			fu.setAssignee(f.getAssignee());
			fu.setText(f.getText());
			outcome.getFollowUps().add(fu);
		}
		outcome.getCallbacks().addAll(callbacks(contact, outcome.getAgent()));
	}

	private void restart() {
		moves.clear();
		recorded.clear();
		followUps.clear();
		lastInstructions = List.of();
		outcome = null;
		callback = targetAbsent = targetLeft = false;
		callbackAt = null;
		callbackMove = null;
		successor = null;
		current = script.getSteps().get(0);
		closeIfFinal();
	}

	private void apply(Move move) {
		Step step = current;
		if (move.answerIndex() == CONTINUED && Flow.saidAndGoesOn(script, step)) {
			moves.add(move);
			lastInstructions = List.of();
			current = Flow.following(script, step);
			closeIfFinal();
			return;
		}
		if (move.answerIndex() < 0 || move.answerIndex() >= step.getAnswers().size()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Run_noSuchAnswer, step.getNumber(), move.answerIndex()));
		}
		Answer answer = step.getAnswers().get(move.answerIndex());
		moves.add(move);
		if (move.callbackAt() != null) {
			callbackAt = move.callbackAt();
			callbackMove = move;
		}
		if (move.successor() != null) {
			successor = move.successor();
		}
		Integer next = null;
		String end = null;
		boolean calledBack = false;
		List<Instruction> said = new ArrayList<>();
		for (Action action : answer.getActions()) {
			if (action instanceof GoToStep g && next == null && end == null) {
				next = g.getTargetStep();
			} else if (action instanceof EndCall e && next == null && end == null) {
				end = e.getOutcomeCode() == null || e.getOutcomeCode().isEmpty() ? COMPLETED : e.getOutcomeCode();
			} else if (action instanceof RecordField r) {
				String v = move.values().get(r.getFieldName());
				if (v != null) {
					recorded.put(r.getFieldName(), v);
				}
			} else if (action instanceof AgreeCallback) {
				callback = calledBack = true;
			} else if (action instanceof TargetAbsent) {
				targetAbsent = calledBack = true;
			} else if (action instanceof TargetLeftCompany) {
				targetLeft = true;
			} else if (action instanceof CreateFollowUp f) {
				CreateFollowUp copy = F.createCreateFollowUp();
				copy.setAssignee(f.getAssignee());
				// without a text of its own, the follow-up carries what this answer recorded (the problem met)
				copy.setText(f.getText() != null ? f.getText()
						: move.values().isEmpty() ? null : String.join("; ", move.values().values()));
				followUps.add(copy);
			} else if (action instanceof Instruction i) {
				said.add(i);
			}
		}
		lastInstructions = List.copyOf(said);
		if (next != null) {
			Step target = step(next);
			if (target == null) {
				throw new IllegalStateException("step " + step.getNumber() + " goes to step " + next
						+ ", which the script does not have");
			}
			current = target;
			closeIfFinal();
		} else if (end != null) {
			outcome = end;
			current = null;
		} else if (calledBack) {
			outcome = CALLBACK;
			current = null;
		} else {
			Step following = Flow.following(script, step);
			if (following != null) {
				current = following;
				closeIfFinal();
			} else {
				outcome = COMPLETED;
				current = null;
			}
		}
	}

	/** The last step, if it has no answers, closes the call once it is reached; the others are said and go on. */
	private void closeIfFinal() {
		if (current.getAnswers().isEmpty() && Flow.following(script, current) == null) {
			outcome = COMPLETED;
		}
	}

	private Answer answerOf(Move m) {
		return m.answerIndex() == CONTINUED ? continuation : step(m.stepNumber()).getAnswers().get(m.answerIndex());
	}

	private Step step(int number) {
		for (Step s : script.getSteps()) {
			if (s.getNumber() == number) {
				return s;
			}
		}
		return null;
	}

	private static Map<String, String> withoutNulls(Map<String, String> map) {
		Map<String, String> m = new LinkedHashMap<>();
		map.forEach((k, v) -> {
			if (k != null && v != null) {
				m.put(k, v);
			}
		});
		return m;
	}

}
