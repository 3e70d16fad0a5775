package com.decisionsuite.api.review;

import java.util.Arrays;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of {@code POST /v1/reviews/{reviewId}/verdict}.
 */
record VerdictRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String leaseToken,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = { "CONFIRM", "CORRECT", "REJECT_ALL" })
        String verdict,
        @Schema(description = "The right label; required with CORRECT, refused otherwise", example = "sku-123") String label,
        @Schema(description = "Free text for the audit trail", maxLength = 2000) String notes) {

    VerdictCommand command() {
        Verdict parsed = null;
        if (verdict != null) {
            parsed = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(verdict)).findFirst()
                    .orElseThrow(() -> new InvalidReviewFieldException("verdict",
                            "must be CONFIRM, CORRECT or REJECT_ALL, was '" + verdict + "'"));
        }
        return new VerdictCommand(leaseToken, parsed, label, notes);
    }
}
