package com.decisionsuite.config.effective;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.Current;
import com.decisionsuite.config.version.Settings;
import com.decisionsuite.model.ConfigSource;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;

/**
 * The configuration that applies to a store and service type: its own, or the service type's default.
 *
 * @param storeId the store asked about ({@code _defaults} for the defaults themselves)
 * @param version the version of the row that applies; workers record it on every decision
 * @param source {@code store} or {@code default}
 */
public record ConfigResponse(
        String storeId,
        ServiceType serviceType,
        ConfigSource source,
        int version,
        double acceptThreshold,
        Double rejectThreshold,
        double minMargin,
        ReviewMode mode,
        double auditSampleRate,
        BigDecimal maxAutoValue,
        Duration reviewDeadline,
        String updatedBy,
        Instant updatedAt,
        String reason) {

    /** The effective configuration of {@code current}; 404 when neither the store nor a default has one. */
    public static ConfigResponse of(String storeId, ServiceType type, Current current) {
        ConfigVersion row = current.effective();
        if (row == null) {
            throw ApiProblemException.notFound("config-not-found", "serviceType",
                    "No configuration and no default exists for " + type);
        }
        Settings values = row.settings();
        return new ConfigResponse(storeId, type, row.source(), row.version(), values.acceptThreshold(),
                values.rejectThreshold(), values.minMargin(), values.mode(), values.auditSampleRate(),
                values.maxAutoValue(), values.reviewDeadline(), row.updatedBy(), row.updatedAt(), row.reason());
    }
}
