package com.decisionsuite.api.review;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A recorded verdict beside the model's label. {@code changesDecision} is false for audits: the automatic decision
 * stands and the verdict only counts as agreement or disagreement.
 */
@Schema(description = "A reviewer's verdict beside the model's label")
record VerdictView(
        long reviewId,
        String taskId,
        ReviewKind kind,
        Verdict verdict,
        String finalLabel,
        String modelLabel,
        boolean agreesWithModel,
        boolean changesDecision,
        String reviewer,
        String notes,
        Instant decidedAt) {

    static VerdictView of(ReviewVerdict v) {
        return new VerdictView(v.reviewId(), v.taskId(), v.kind(), v.verdict(), v.finalLabel(), v.modelLabel(),
                v.agreesWithModel(), v.kind() == ReviewKind.ESCALATION, v.reviewer(), v.notes(), v.decidedAt());
    }
}
