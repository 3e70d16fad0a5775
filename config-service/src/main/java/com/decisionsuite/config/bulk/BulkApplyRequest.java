package com.decisionsuite.config.bulk;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import com.decisionsuite.config.version.ProposedSettings;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One full configuration applied to many stores of one service type, atomically, and why.
 */
record BulkApplyRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ServiceType serviceType,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-500 distinct store ids")
        List<String> storeIds,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Double acceptThreshold,
        Double rejectThreshold,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Double minMargin,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReviewMode mode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Double auditSampleRate,
        BigDecimal maxAutoValue,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", example = "PT15M")
        Duration reviewDeadline,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String reason) {

    ProposedSettings settings() {
        return new ProposedSettings(this.acceptThreshold, this.rejectThreshold, this.minMargin, this.mode,
                this.auditSampleRate, this.maxAutoValue, this.reviewDeadline);
    }
}
