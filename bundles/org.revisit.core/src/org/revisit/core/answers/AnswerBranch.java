package org.revisit.core.answers;

/** One way a reply can go, chosen by the situation written in {@code condition} ("if a solution was found"). */
public record AnswerBranch(String condition, String reply) {
}
