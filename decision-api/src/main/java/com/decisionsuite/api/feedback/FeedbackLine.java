package com.decisionsuite.api.feedback;

import java.time.Instant;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.DecisionTask;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of the feedback export: a reviewed task, what the model proposed, and what the human decided.
 *
 * @param task the task exactly as accepted at intake
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One JSON line of the feedback export")
record FeedbackLine(
        long reviewId,
        String taskId,
        String kind,
        String serviceType,
        String storeId,
        @Schema(implementation = DecisionTask.class) @JsonRawValue String task,
        Proposal proposal,
        HumanVerdict verdict) {

    /** The worker's decision and the thresholds it applied. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Proposal(DecisionOutcome outcome, String label, Double score, Double margin, Double acceptThreshold,
            Double rejectThreshold, Double minMargin, String reviewMode, String configSource, Integer configVersion,
            String policy, String reason, String reasonDetail, Instant decidedAt) {
    }

    /** The reviewer's verdict, the label it settles on, and whether it agrees with the model. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HumanVerdict(String verdict, String finalLabel, String modelLabel, boolean agreesWithModel, String reviewer,
            String notes, Instant decidedAt) {
    }
}
