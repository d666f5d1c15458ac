package org.revisit.server.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.revisit.core.script.run.CallSession;
import org.revisit.core.service.ServiceException;
import org.revisit.core.service.Services;
import org.revisit.model.Answer;
import org.revisit.model.CallOutcome;
import org.revisit.model.PathEntry;
import org.revisit.model.Script;
import org.revisit.store.TaskClaims.ClaimedTask;

/**
 * One simulated agent on its own thread: claims the next due call, opens it, answers the script to its end as
 * {@link ScriptWalk} chooses, finishes it, and starts over until the deadline (a call in progress is still
 * finished). It times each claim, opening, answer and finish, and keeps its own record of what it held and what
 * the server confirmed, for the checks afterwards. It works the same on remote and on local services.
 */
final class BenchAgent implements Runnable {

	/** The lease the agents ask for: far longer than a run, so no claim may ever be taken over. */
	static final int LEASE_MINUTES = 60;
	/** The language of built-in scripts for calls whose campaign names none. */
	static final String LANGUAGE = "zh";
	private static final int KEPT_ERRORS = 5;

	/** A task this agent held: from the claim's answer until the request that ended it was sent. */
	record Held(long taskId, String agent, long fromNanos, long untilNanos) {
	}

	/** A call the server confirmed finished: its outcome and the answers it confirmed, in order. */
	record Finished(long taskId, long contactId, long outcomeId, String agent, List<String> answers) {
	}

	final String name;
	private final Services services;
	private final Clock clock;
	private final long deadline;
	private final boolean waitWhenEmpty;
	private final AtomicBoolean stop;
	private final ConcurrentMap<String, ScriptWalk> walks;
	private final AtomicInteger done;

	final Latencies claims = new Latencies();
	final Latencies opens = new Latencies();
	final Latencies answers = new Latencies();
	final Latencies finishes = new Latencies();
	final List<Held> held = new ArrayList<>();
	final List<Finished> finished = new ArrayList<>();
	final List<String> errors = new ArrayList<>();
	int errorCount;
	int released;
	int emptyQueue;

	/**
	 * @param deadline {@link System#nanoTime()} after which no call is claimed
	 * @param waitWhenEmpty whether an empty queue is waited for (it is being refilled) rather than the end
	 * @param done counts the calls the team finished
	 */
	BenchAgent(String name, Services services, Clock clock, long deadline, boolean waitWhenEmpty, AtomicBoolean stop,
			ConcurrentMap<String, ScriptWalk> walks, AtomicInteger done) {
		this.name = name;
		this.services = services;
		this.clock = clock;
		this.deadline = deadline;
		this.waitWhenEmpty = waitWhenEmpty;
		this.stop = stop;
		this.walks = walks;
		this.done = done;
	}

	@Override
	public void run() {
		while (!stop.get() && System.nanoTime() < deadline) {
			try {
				if (!oneCall()) {
					return;
				}
			} catch (RuntimeException e) {
				failed(e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Makes one call; false when the queue is empty and not waited for. */
	private boolean oneCall() throws InterruptedException {
		long t0 = System.nanoTime();
		ClaimedTask task = services.queue().claimNext(LEASE_MINUTES);
		long t1 = System.nanoTime();
		claims.add(t1 - t0);
		if (task == null) {
			emptyQueue++;
			if (!waitWhenEmpty) {
				return false;
			}
			Thread.sleep(20);
			return true;
		}
		int index = held.size();
		held.add(new Held(task.taskId(), name, t1, Long.MAX_VALUE));
		CallSession call;
		try {
			call = CallSession.open(services.calls(), task.taskId(), LANGUAGE, clock);
		} finally {
			opens.add(System.nanoTime() - t1);
		}
		Script script = call.script();
		ScriptWalk walk = walks.computeIfAbsent(script.getScriptId() + " v" + script.getScriptVersion(),
				k -> new ScriptWalk(script));
		while (!call.runner().isFinished()) {
			Answer a = walk.next(call.runner());
			if (a == null) {
				// a script this agent cannot finish: give the call back
				end(index);
				call.release();
				released++;
				return true;
			}
			long t = System.nanoTime();
			call.answer(a, Map.of(), null);
			answers.add(System.nanoTime() - t);
		}
		long t = System.nanoTime();
		end(index);
		CallOutcome outcome = call.finish();
		finishes.add(System.nanoTime() - t);
		List<String> path = call.runner().path().stream().map(PathEntry::getAnswerLabel).toList();
		finished.add(new Finished(task.taskId(), call.task().contactId(), outcome.getId(), name, path));
		done.incrementAndGet();
		return true;
	}

	/** The task is about to be given up (finished or released): from now on it may be someone else's. */
	private void end(int index) {
		Held h = held.get(index);
		held.set(index, new Held(h.taskId(), h.agent(), h.fromNanos(), System.nanoTime()));
	}

	private void failed(RuntimeException e) {
		errorCount++;
		if (errors.size() < KEPT_ERRORS) {
			errors.add(name + ": " + (e instanceof ServiceException s ? s.kind() + " " : e.getClass().getSimpleName() + " ")
					+ e.getMessage());
		}
		try {
			Thread.sleep(100);
		} catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			stop.set(true);
		}
	}
}
