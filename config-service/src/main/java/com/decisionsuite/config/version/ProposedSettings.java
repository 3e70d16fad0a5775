package com.decisionsuite.config.version;

import java.math.BigDecimal;
import java.time.Duration;

import com.decisionsuite.model.ReviewMode;

/**
 * Configuration values as a client sent them: any of them may be missing or out of range.
 */
public record ProposedSettings(
        Double acceptThreshold,
        Double rejectThreshold,
        Double minMargin,
        ReviewMode mode,
        Double auditSampleRate,
        BigDecimal maxAutoValue,
        Duration reviewDeadline) {
}
