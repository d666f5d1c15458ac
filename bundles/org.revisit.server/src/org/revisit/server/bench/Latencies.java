package org.revisit.server.bench;

import java.util.Arrays;
import java.util.Collection;

/** Durations of one kind of operation, in nanoseconds; filled by one thread, then merged and read. */
final class Latencies {

	private long[] nanos = new long[256];
	private int size;

	void add(long duration) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = duration;
	}

	int count() {
		return size;
	}

	/** All durations of {@code parts}, sorted. */
	static Latencies merge(Collection<Latencies> parts) {
		Latencies all = new Latencies();
		for (Latencies p : parts) {
			for (int i = 0; i < p.size; i++) {
				all.add(p.nanos[i]);
			}
		}
		Arrays.sort(all.nanos, 0, all.size);
		return all;
	}

	/**
	 * The {@code p}-th percentile (nearest rank) in milliseconds of a merged, sorted set; 0 when there is none.
	 */
	double percentileMillis(double p) {
		if (size == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * size);
		return nanos[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
	}

	/** The 50th and 99th percentiles in milliseconds, and how many there were. */
	TeamBenchmark.Spread spread() {
		return new TeamBenchmark.Spread(size, percentileMillis(50), percentileMillis(99));
	}
}
