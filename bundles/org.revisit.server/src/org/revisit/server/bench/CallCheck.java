package org.revisit.server.bench;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.revisit.core.service.Services;
import org.revisit.model.CallOutcome;
import org.revisit.model.PathEntry;
import org.revisit.server.bench.BenchAgent.Finished;
import org.revisit.server.bench.BenchAgent.Held;
import org.revisit.store.Store;

/**
 * After a run: were calls made twice, and was any confirmed answer lost? It compares the agents' own records with
 * the outcomes as stored, read back through the services (and, when the benchmark owns the database, with every
 * outcome in it).
 * <ul>
 * <li>A <b>duplicate</b> is a task two agents held at the same time (by the agents' records: one agent had the
 * claim's answer before the other had even asked to give the task up), a task finished twice (two confirmed
 * finishes, or two outcomes stored for it).</li>
 * <li>A <b>lost</b> call is one whose finish was confirmed but whose outcome is not stored, or whose stored path is
 * not the answers the server confirmed one by one.</li>
 * </ul>
 */
final class CallCheck {

	private static final int EXAMPLES = 5;

	/** What the check found; {@code examples} names a few. */
	record Verdict(int duplicates, int lost, List<String> examples) {
	}

	private final Set<Long> duplicates = new TreeSet<>();
	private final Set<Long> lost = new TreeSet<>();
	private final List<String> examples = new ArrayList<>();

	private CallCheck() {
	}

	/**
	 * Checks the calls of {@code agents}; {@code readerOf} gives the services that read an agent's outcomes back,
	 * {@code store} (or {@code null}) the database to look at as a whole.
	 */
	static Verdict run(List<BenchAgent> agents, Function<String, Services> readerOf, Store store) {
		CallCheck check = new CallCheck();
		check.heldAtOnce(agents);
		check.finishedTwice(agents);
		check.stored(agents, readerOf);
		if (store != null) {
			check.outcomesPerTask(store);
		}
		return new Verdict(check.duplicates.size(), check.lost.size(), List.copyOf(check.examples));
	}

	private void heldAtOnce(List<BenchAgent> agents) {
		Map<Long, List<Held>> byTask = new HashMap<>();
		for (BenchAgent a : agents) {
			for (Held h : a.held) {
				byTask.computeIfAbsent(h.taskId(), k -> new ArrayList<>()).add(h);
			}
		}
		byTask.forEach((task, holds) -> {
			holds.sort(Comparator.comparingLong(Held::fromNanos));
			for (int i = 1; i < holds.size(); i++) {
				Held before = holds.get(i - 1);
				Held after = holds.get(i);
				if (after.fromNanos() < before.untilNanos()) {
					duplicate(task, "task " + task + " was held by " + before.agent() + " and " + after.agent() + " at once");
				}
			}
		});
	}

	private void finishedTwice(List<BenchAgent> agents) {
		Map<Long, String> finisher = new HashMap<>();
		for (BenchAgent a : agents) {
			for (Finished f : a.finished) {
				String first = finisher.putIfAbsent(f.taskId(), f.agent());
				if (first != null) {
					duplicate(f.taskId(), "task " + f.taskId() + " was finished by " + first + " and by " + f.agent());
				}
			}
		}
	}

	private void stored(List<BenchAgent> agents, Function<String, Services> readerOf) {
		for (BenchAgent a : agents) {
			Services reader = readerOf.apply(a.name);
			for (Finished f : a.finished) {
				List<CallOutcome> outcomes = reader.contacts().outcomes(f.contactId(), 0, 100);
				CallOutcome mine = null;
				int ofTask = 0;
				for (CallOutcome o : outcomes) {
					if (o.getTask() != null && o.getTask().getId() == f.taskId()) {
						ofTask++;
					}
					if (o.getId() == f.outcomeId()) {
						mine = o;
					}
				}
				if (ofTask > 1) {
					duplicate(f.taskId(), "task " + f.taskId() + " has " + ofTask + " outcomes");
				}
				if (mine == null) {
					lost(f.taskId(), "the outcome " + f.outcomeId() + " of task " + f.taskId() + " that " + f.agent()
							+ " finished is not stored");
					continue;
				}
				List<String> path = mine.getPath().stream().map(PathEntry::getAnswerLabel).toList();
				if (!path.equals(f.answers()) || mine.getTask() == null || mine.getTask().getId() != f.taskId()) {
					lost(f.taskId(), "task " + f.taskId() + ": " + f.agent() + " answered " + f.answers()
							+ ", the stored outcome has " + path);
				}
			}
		}
	}

	private void outcomesPerTask(Store store) {
		store.read(c -> {
			try (PreparedStatement p = c.prepareStatement("SELECT task_id, COUNT(*) FROM call_outcome "
					+ "WHERE task_id IS NOT NULL GROUP BY task_id HAVING COUNT(*) > 1");
					ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					duplicate(rs.getLong(1), "task " + rs.getLong(1) + " has " + rs.getLong(2) + " outcomes in the database");
				}
			}
			return null;
		});
	}

	private void duplicate(long task, String what) {
		if (duplicates.add(task) && examples.size() < EXAMPLES) {
			examples.add(what);
		}
	}

	private void lost(long task, String what) {
		if (lost.add(task) && examples.size() < EXAMPLES) {
			examples.add(what);
		}
	}
}
