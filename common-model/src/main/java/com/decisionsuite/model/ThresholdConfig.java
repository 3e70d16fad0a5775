package com.decisionsuite.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One version of the decision thresholds for a (store, service type), or for a service type's default
 * when {@code scope} is {@link Identifiers#DEFAULTS_SCOPE}. Cached in Redis in this form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ThresholdConfig(
        String scope,
        ServiceType serviceType,
        int version,
        double acceptThreshold,
        Double rejectThreshold,
        double minMargin,
        ReviewMode mode,
        double auditSampleRate,
        BigDecimal maxAutoValue,
        Duration reviewDeadline,
        String updatedBy,
        Instant updatedAt) {

    public ThresholdConfig {
        if (!Identifiers.DEFAULTS_SCOPE.equals(scope)) {
            Identifiers.requireStoreId("storeId", scope);
        }
        if (serviceType == null) {
            throw new InvalidFieldException("serviceType", "is required");
        }
        if (version < 1) {
            throw new InvalidFieldException("version", "must be positive");
        }
        if (!(acceptThreshold > 0.0 && acceptThreshold <= 1.0)) {
            throw new InvalidFieldException("acceptThreshold", "must be within (0, 1], was " + acceptThreshold);
        }
        if (rejectThreshold != null && !(rejectThreshold >= 0.0 && rejectThreshold < acceptThreshold)) {
            throw new InvalidFieldException("rejectThreshold", "must be within [0, acceptThreshold), was " + rejectThreshold);
        }
        if (!(minMargin >= 0.0 && minMargin < 1.0)) {
            throw new InvalidFieldException("minMargin", "must be within [0, 1), was " + minMargin);
        }
        if (mode == null) {
            throw new InvalidFieldException("mode", "is required");
        }
        if (!(auditSampleRate >= 0.0 && auditSampleRate <= 1.0)) {
            throw new InvalidFieldException("auditSampleRate", "must be within [0, 1], was " + auditSampleRate);
        }
        if (maxAutoValue != null && maxAutoValue.signum() < 0) {
            throw new InvalidFieldException("maxAutoValue", "must not be negative");
        }
        if (reviewDeadline == null || reviewDeadline.isNegative() || reviewDeadline.isZero()) {
            throw new InvalidFieldException("reviewDeadline", "must be a positive duration");
        }
    }

    /** Whether this is a service type's default rather than a store's own row. */
    public ConfigSource source() {
        return Identifiers.DEFAULTS_SCOPE.equals(this.scope) ? ConfigSource.DEFAULT : ConfigSource.STORE;
    }
}
