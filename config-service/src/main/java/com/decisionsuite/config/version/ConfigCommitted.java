package com.decisionsuite.config.version;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * A configuration version was written; listeners act on it only after the transaction commits.
 *
 * @param config the values now current for the scope, {@code null} when the version removed a store override
 */
public record ConfigCommitted(String scope, ServiceType serviceType, int version, ThresholdConfig config,
        Change change) {

    static ConfigCommitted of(ConfigVersion row, Change change) {
        return new ConfigCommitted(row.scope(), row.serviceType(), row.version(), row.toThresholdConfig(), change);
    }
}
