package com.decisionsuite.model;

/**
 * Published by config-service on {@link TaskStreams#CONFIG_CHANGES_CHANNEL} after a configuration version
 * commits; workers drop their cached entry for (scope, serviceType) and reload it.
 *
 * @param scope a store id, or {@link Identifiers#DEFAULTS_SCOPE} when a service type's default changed
 * @param version the version now current; for a removed store override, the version that recorded the removal
 */
public record ThresholdsChanged(int schemaVersion, String scope, ServiceType serviceType, int version) {

    public static final int CURRENT_SCHEMA_VERSION = 1;

    public ThresholdsChanged {
        if (scope == null || scope.isEmpty()) {
            throw new InvalidFieldException("scope", "is required");
        }
        if (serviceType == null) {
            throw new InvalidFieldException("serviceType", "is required");
        }
    }

    public ThresholdsChanged(String scope, ServiceType serviceType, int version) {
        this(CURRENT_SCHEMA_VERSION, scope, serviceType, version);
    }
}
