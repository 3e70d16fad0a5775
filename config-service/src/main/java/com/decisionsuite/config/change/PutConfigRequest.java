package com.decisionsuite.config.change;

import java.math.BigDecimal;
import java.time.Duration;

import com.decisionsuite.config.version.ProposedSettings;
import com.decisionsuite.model.ReviewMode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The full new configuration of a store (or default) for one service type, and why it changes.
 */
record PutConfigRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "(0, 1], above rejectThreshold")
        Double acceptThreshold,
        @Schema(description = "[0, acceptThreshold); absent: never reject automatically")
        Double rejectThreshold,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "[0, 1)")
        Double minMargin,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        ReviewMode mode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "[0, 1]")
        Double auditSampleRate,
        @Schema(description = "cart-verification only (required there), at most 2 decimals; absent elsewhere")
        BigDecimal maxAutoValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "PT15M",
                description = "ISO-8601 duration, whole seconds, at most P30D")
        Duration reviewDeadline,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000, description = "why this change")
        String reason) {

    ProposedSettings settings() {
        return new ProposedSettings(this.acceptThreshold, this.rejectThreshold, this.minMargin, this.mode,
                this.auditSampleRate, this.maxAutoValue, this.reviewDeadline);
    }
}
