package com.decisionsuite.worker.relay;

import com.decisionsuite.model.TaskDecided;

/**
 * One row of a relay source: its id, the event to publish (null for rows that are only passed over) and the W3C
 * trace context to hand on with it (null when there is none).
 */
record RelayRow(long id, TaskDecided event, String traceparent) {

    RelayRow(long id, TaskDecided event) {
        this(id, event, null);
    }
}
