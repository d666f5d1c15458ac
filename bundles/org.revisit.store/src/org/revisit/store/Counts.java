package org.revisit.store;

/** How much the database holds; shown by {@code cli info} and the Manager perspective. */
public record Counts(long contacts, long campaigns, long tasks, long openTasks) {
}
