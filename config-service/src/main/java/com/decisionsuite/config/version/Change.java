package com.decisionsuite.config.version;

import java.time.Instant;

/**
 * Who made a change, when, why and of which kind; shared by every version one request writes.
 *
 * @param restoredVersion the version a rollback restored, else {@code null}
 */
public record Change(String actor, Instant at, String reason, ChangeKind kind, Integer restoredVersion) {

    public Change {
        if (actor == null || at == null || reason == null || kind == null) {
            throw new IllegalArgumentException("actor, at, reason and kind are required");
        }
    }
}
