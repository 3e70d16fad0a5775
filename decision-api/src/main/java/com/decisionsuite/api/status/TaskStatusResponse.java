package com.decisionsuite.api.status;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import com.decisionsuite.model.ServiceType;

/**
 * Where a task stands: queued ({@code ACCEPTED}), or decided with the explanation of the decision.
 *
 * @param decidedBy {@code worker} for the worker's decision; the reviewer workflow sets {@code reviewer} once an
 * escalated task has a verdict
 * @param review the reviewer's verdict on an escalated task; absent until the reviewer workflow fills it
 */
@Schema(name = "TaskStatus")
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskStatusResponse(
        String taskId,
        Status status,
        ServiceType serviceType,
        String storeId,
        @Schema(description = "When the API queued the task") Instant acceptedAt,
        @Schema(allowableValues = { "worker", "reviewer" }) String decidedBy,
        DecisionPart decision,
        ReviewPart review) {

    /** Lifecycle of a task as this endpoint reports it. */
    enum Status {
        /** Queued, not yet decided. */
        ACCEPTED,
        /** The worker recorded a decision (which may be an escalation to human review). */
        DECIDED
    }

    static TaskStatusResponse queued(String taskId, ServiceType serviceType, Instant acceptedAt) {
        return new TaskStatusResponse(taskId, Status.ACCEPTED, serviceType, null, acceptedAt, null, null, null);
    }
}
