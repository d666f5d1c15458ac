package org.revisit.core.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the simulated team did, as the agents count it (the checker counts again from the database). */
final class SimulationStats {

	private static final int KEPT_ERRORS = 10;

	int claims;
	int skipped;
	int opened;
	int finished;
	int completed;
	int refused;
	int callbacksAgreed;
	int successors;
	int doNotCall;
	final Map<String, Integer> notReached = new TreeMap<>();
	int errors;
	final List<String> errorSamples = new ArrayList<>();

	void error(String message) {
		errors++;
		if (errorSamples.size() < KEPT_ERRORS) {
			errorSamples.add(message);
		}
	}

	int attempts() {
		return finished + notReached.values().stream().mapToInt(Integer::intValue).sum();
	}
}
