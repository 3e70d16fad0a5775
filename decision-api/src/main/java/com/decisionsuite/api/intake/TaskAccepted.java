package com.decisionsuite.api.intake;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Answer to a single-task POST: the task is durably queued (or was already, for a repeat).
 */
@Schema(name = "TaskAccepted")
record TaskAccepted(
        @Schema(description = "The client's task id, or the one the API assigned") String taskId,
        @Schema(allowableValues = "ACCEPTED") String status) {

    static final String ACCEPTED = "ACCEPTED";

    TaskAccepted(String taskId) {
        this(taskId, ACCEPTED);
    }
}
