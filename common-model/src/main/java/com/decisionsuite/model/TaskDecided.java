package com.decisionsuite.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Event on {@link TaskStreams#RESULTS_STREAM}: a task's decision as upstream consumers see it. Delivered at
 * least once; consumers deduplicate on {@code taskId} plus {@code decidedBy}.
 *
 * @param outcome what the worker made of the task; {@code ESCALATED} on a reviewer's event too
 * @param decidedBy {@code worker} for automatic outcomes and escalations, {@code reviewer} for verdicts
 * @param verdict the reviewer's verdict ({@code CONFIRM}, {@code CORRECT}, {@code REJECT_ALL}); null for the worker
 * @param label the accepted label: the worker's proposal, or the reviewer's final label (null on {@code REJECT_ALL})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskDecided(
        int schemaVersion,
        String taskId,
        ServiceType serviceType,
        String storeId,
        String subjectId,
        DecisionOutcome outcome,
        String decidedBy,
        String verdict,
        String label,
        Double score,
        ConfigSource configSource,
        Integer configVersion,
        String reason,
        Instant decidedAt) {

    public static final int CURRENT_SCHEMA_VERSION = 1;
    public static final String BY_WORKER = "worker";
    public static final String BY_REVIEWER = "reviewer";

    public TaskDecided {
        Identifiers.requireTaskId("taskId", taskId);
        if (serviceType == null || outcome == null || decidedBy == null || decidedAt == null) {
            throw new InvalidFieldException("taskDecided", "serviceType, outcome, decidedBy and decidedAt are required");
        }
    }
}
