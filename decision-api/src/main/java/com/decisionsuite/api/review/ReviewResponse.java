package com.decisionsuite.api.review;

import com.decisionsuite.model.DecisionTask;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One review item in full: its queue state, the task, the model's proposal, why it is in review, and the verdict once
 * there is one. The lease token is never shown: it belongs to the claimant.
 */
@Schema(description = "A review item with task, proposal, reason and verdict")
record ReviewResponse(
        @JsonUnwrapped ReviewSummary item,
        @Schema(implementation = DecisionTask.class) @JsonRawValue String task,
        ProposalView proposal,
        ReasonView why,
        VerdictView verdict) {
}
