package com.decisionsuite.worker.relay;

import com.decisionsuite.model.TaskDecided;

/**
 * One row of a relay source: its id, and the event to publish (null for rows that are only passed over).
 */
record RelayRow(long id, TaskDecided event) {
}
