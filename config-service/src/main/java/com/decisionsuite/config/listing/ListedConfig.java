package com.decisionsuite.config.listing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.Settings;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;

/**
 * One store override in a page of the listing.
 */
record ListedConfig(String storeId, ServiceType serviceType, int version, ReviewMode mode, double acceptThreshold,
        Double rejectThreshold, double minMargin, double auditSampleRate, BigDecimal maxAutoValue,
        Duration reviewDeadline, String updatedBy, Instant updatedAt) {

    static ListedConfig of(ConfigVersion row) {
        Settings values = row.settings();
        return new ListedConfig(row.scope(), row.serviceType(), row.version(), values.mode(),
                values.acceptThreshold(), values.rejectThreshold(), values.minMargin(), values.auditSampleRate(),
                values.maxAutoValue(), values.reviewDeadline(), row.updatedBy(), row.updatedAt());
    }
}
