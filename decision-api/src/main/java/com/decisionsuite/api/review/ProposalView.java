package com.decisionsuite.api.review;

import java.math.BigDecimal;
import java.time.Instant;

import com.decisionsuite.model.DecisionOutcome;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the model proposed and under which thresholds, from the worker's audit row.
 */
@Schema(description = "The model's proposal and the store configuration it was judged under")
record ProposalView(
        DecisionOutcome outcome,
        String label,
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
        Instant decidedAt) {

    static ProposalView of(AuditedDecision d) {
        return new ProposalView(d.outcome(), d.proposedLabel(), d.score(), d.margin(), d.acceptThreshold(),
                d.rejectThreshold(), d.minMargin(), d.maxAutoValue(), d.reviewMode(), d.configSource(),
                d.configVersion(), d.policy(), d.decidedAt());
    }
}
