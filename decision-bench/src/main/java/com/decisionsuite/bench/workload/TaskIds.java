package com.decisionsuite.bench.workload;

import java.util.Optional;

/**
 * Task ids that carry the workload seed, the run and the sequence number, so the answer key of any simulated
 * task can be regenerated from its id alone (no per-task memory, and reviewers can judge backlog of earlier runs).
 */
public final class TaskIds {

    private static final String PREFIX = "sim";

    private TaskIds() {
    }

    /** A reference parsed back from a task id. */
    public record Ref(long seed, String runTag, long seq) {
    }

    /** E.g. {@code sim.16.mabc123.42}; within the 64-character id grammar for any seed, tag and sequence. */
    public static String format(long seed, String runTag, long seq) {
        return PREFIX + "." + Long.toUnsignedString(seed, 36) + "." + runTag + "." + seq;
    }

    /** The prefix every task id of one run starts with. */
    public static String runPrefix(long seed, String runTag) {
        return PREFIX + "." + Long.toUnsignedString(seed, 36) + "." + runTag + ".";
    }

    /** A run tag from a start time: short, sortable, distinct per millisecond. */
    public static String runTag(long epochMillis) {
        return Long.toString(epochMillis, 36);
    }

    /** The reference of a simulated task id, empty for any other id. */
    public static Optional<Ref> parse(String taskId) {
        if (taskId == null || !taskId.startsWith(PREFIX + ".")) {
            return Optional.empty();
        }
        String[] parts = taskId.split("\\.");
        if (parts.length != 4 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Ref(Long.parseUnsignedLong(parts[1], 36), parts[2], Long.parseLong(parts[3])));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
