package com.decisionsuite.worker.routing;

import java.nio.charset.StandardCharsets;

/**
 * Picks the audit share of automatic decisions deterministically from the task id, so every worker, JVM and
 * replay picks the same tasks.
 */
public final class AuditSampler {

    private AuditSampler() {
    }

    /** Whether this task falls into a sample of the given rate. */
    public static boolean sampled(String taskId, double rate) {
        return rate > 0.0 && position(taskId) < rate;
    }

    /** FNV-1a 64 over UTF-8 with a murmur finalizer, mapped onto [0, 1). */
    static double position(String taskId) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : taskId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= (b & 0xff);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return (hash >>> 11) * 0x1.0p-53;
    }
}
