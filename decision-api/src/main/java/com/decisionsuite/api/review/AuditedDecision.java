package com.decisionsuite.api.review;

import java.math.BigDecimal;
import java.time.Instant;

import com.decisionsuite.model.DecisionOutcome;

/**
 * The worker's audit row of a task, as far as reviewers and the feedback export need it.
 */
record AuditedDecision(
        DecisionOutcome outcome,
        String proposedLabel,
        Double score,
        Double margin,
        Double acceptThreshold,
        Double rejectThreshold,
        Double minMargin,
        BigDecimal maxAutoValue,
        String reviewMode,
        String configSource,
        Integer configVersion,
        String policy,
        String reason,
        String reasonDetail,
        boolean auditSampled,
        Instant decidedAt,
        String taskJson) {

    ModelPosition position() {
        return new ModelPosition(this.outcome, this.proposedLabel);
    }
}
