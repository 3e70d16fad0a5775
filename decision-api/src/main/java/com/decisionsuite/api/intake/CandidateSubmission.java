package com.decisionsuite.api.intake;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One candidate of a submitted task, before validation; boxed so that a missing confidence is an error, not 0.0.
 */
@Schema(name = "Candidate", requiredProperties = { "label", "confidence" })
record CandidateSubmission(
        @Schema(description = "The judged label (for cart verification: the SKU)", maxLength = 128, example = "sku-4711")
        String label,
        @Schema(description = "Confidence of the upstream model", minimum = "0", maximum = "1", example = "0.97")
        Double confidence) {
}
