package com.decisionsuite.config.version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * The values of one configuration version, already validated (see {@link SettingsValidation}).
 */
public record Settings(
        double acceptThreshold,
        Double rejectThreshold,
        double minMargin,
        ReviewMode mode,
        double auditSampleRate,
        BigDecimal maxAutoValue,
        Duration reviewDeadline) {

    /** The cached wire form of these values as version {@code version} of (scope, type). */
    public ThresholdConfig toThresholdConfig(String scope, ServiceType type, int version, String updatedBy,
            Instant updatedAt) {
        return new ThresholdConfig(scope, type, version, this.acceptThreshold, this.rejectThreshold,
                this.minMargin, this.mode, this.auditSampleRate, this.maxAutoValue, this.reviewDeadline,
                updatedBy, updatedAt);
    }
}
