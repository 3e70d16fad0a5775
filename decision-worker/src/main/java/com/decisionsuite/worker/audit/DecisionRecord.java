package com.decisionsuite.worker.audit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.worker.routing.Proposal;
import com.decisionsuite.worker.routing.Routed;

/**
 * One row of the audit trail, plus the review item it needs (escalation or audit sample), if any.
 *
 * @param reviewKind {@code ESCALATION}, {@code AUDIT} or null when no human looks at it
 */
public record DecisionRecord(
        DecisionTask task,
        String taskJson,
        Routed routed,
        boolean auditSampled,
        String workerId,
        String streamEntryId,
        long deliveryCount,
        Instant acceptedAt,
        Instant decidedAt,
        String reviewKind,
        Instant reviewDeadlineAt,
        String traceparent) {

    public DecisionRecord {
        if (task == null || taskJson == null || routed == null || workerId == null || streamEntryId == null
                || acceptedAt == null || decidedAt == null) {
            throw new IllegalArgumentException("task, routing, delivery and times are required");
        }
    }

    /** Builds the record of a routed task; escalations and audit samples get a review item. */
    public static DecisionRecord of(DecisionTask task, String taskJson, Routed routed, boolean auditSampled,
            Delivery delivery, Instant decidedAt, Duration defaultReviewDeadline) {
        boolean escalated = routed.outcome() == DecisionOutcome.ESCALATED;
        boolean audit = !escalated && auditSampled;
        String kind = escalated ? "ESCALATION" : audit ? "AUDIT" : null;
        Duration reviewWithin = routed.config() != null ? routed.config().reviewDeadline() : defaultReviewDeadline;
        return new DecisionRecord(task, taskJson, routed, audit, delivery.workerId(), delivery.entryId(),
                delivery.deliveryCount(), delivery.acceptedAt(), decidedAt, kind,
                kind == null ? null : decidedAt.plus(reviewWithin), delivery.traceparent());
    }

    /**
     * Where and how the task came in.
     *
     * @param traceparent the W3C trace context of the intake request, or null
     */
    public record Delivery(String workerId, String entryId, long deliveryCount, Instant acceptedAt, String traceparent) {
    }

    Proposal proposal() {
        return this.routed.proposal();
    }

    ThresholdConfig config() {
        return this.routed.config();
    }

    BigDecimal maxAutoValue() {
        return config() == null ? null : config().maxAutoValue();
    }
}
