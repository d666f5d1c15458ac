package org.revisit.server.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.revisit.core.service.ServiceException.Kind;

/**
 * The answers of a session's recent calls by idempotency key, so that a call a client repeats after a dropped
 * connection runs once: a repeat of a finished call gets the first answer again, a repeat of a call still
 * running waits for it. Bounded in number and size; the oldest finished answers go first. An answer too large to
 * keep is remembered as such: its call is not run a second time either.
 */
public final class Replays {

	static final int MAX_ENTRIES = 256;
	static final long MAX_BYTES = 32L * 1024 * 1024;

	private static final class Entry {
		final String call;
		final CompletableFuture<Reply> answer = new CompletableFuture<>();
		long size;

		Entry(String call) {
			this.call = call;
		}
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();
	private long bytes;

	/**
	 * The answer to call {@code call} (its path) with {@code key}: {@code work}'s, or the one it gave before.
	 * A key used before for another call is refused.
	 */
	public Reply run(String key, String call, Supplier<Reply> work) {
		Entry entry;
		boolean first;
		synchronized (this) {
			entry = entries.get(key);
			first = entry == null;
			if (first) {
				entry = new Entry(call);
				entries.put(key, entry);
			}
		}
		if (!first) {
			if (!entry.call.equals(call)) {
				return Reply.error(Kind.INVALID, "This idempotency key was used for another call");
			}
			return entry.answer.join();
		}
		Reply reply;
		try {
			reply = work.get();
		} catch (RuntimeException | Error e) {
			synchronized (this) {
				entries.remove(key);
			}
			entry.answer.completeExceptionally(e);
			throw e;
		}
		keep(entry, reply);
		entry.answer.complete(reply);
		return reply;
	}

	private synchronized void keep(Entry entry, Reply reply) {
		long size = reply.size();
		if (size > MAX_BYTES / 4) {
			// Keep the fact, not the answer: a repeat must not run the call again.
			Reply gone = Reply.error(Kind.CONFLICT,
					"This call was already made; its answer was too large to keep for a repeat. Load the data again.");
			entry.size = gone.size();
			bytes += entry.size;
			entry.answer.complete(gone);
		} else {
			entry.size = size;
			bytes += size;
		}
		Iterator<Entry> oldest = entries.values().iterator();
		while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && oldest.hasNext()) {
			Entry e = oldest.next();
			if (e != entry && e.answer.isDone()) {
				bytes -= e.size;
				oldest.remove();
			}
		}
	}

	/** How many answers are kept. */
	synchronized int size() {
		return entries.size();
	}
}
