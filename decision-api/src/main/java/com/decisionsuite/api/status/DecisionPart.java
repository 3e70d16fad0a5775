package com.decisionsuite.api.status;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import com.decisionsuite.model.DecisionOutcome;

/**
 * The worker's decision on a task and why: the proposal of the policy and the configuration it was held against.
 */
@Schema(name = "TaskDecision")
@JsonInclude(JsonInclude.Include.NON_NULL)
record DecisionPart(
        DecisionOutcome outcome,
        @Schema(description = "The label the policy proposed (top candidate)") String proposedLabel,
        Double score,
        @Schema(description = "Distance of the score to the runner-up") Double margin,
        Double acceptThreshold,
        Double rejectThreshold,
        Double minMargin,
        @Schema(description = "Cart verification only: highest cart value decided automatically") BigDecimal maxAutoValue,
        String reviewMode,
        @Schema(description = "Whether the store's own configuration or the service type's default applied",
                allowableValues = { "store", "default" }) String configSource,
        Integer configVersion,
        String policy,
        @Schema(description = "Reason code, e.g. thresholds met, margin too small, no configuration") String reason,
        String reasonDetail,
        @Schema(description = "Also sent to human review as an audit sample") boolean auditSampled,
        Instant decidedAt) {
}
