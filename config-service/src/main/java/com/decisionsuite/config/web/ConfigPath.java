package com.decisionsuite.config.web;

import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;

/**
 * The (scope, service type) a URL names. A path that cannot name a configuration (unknown service type, store id
 * outside the grammar) is 404 on every method, with the offending segment as {@code field}.
 */
public record ConfigPath(String scope, ServiceType serviceType) {

    /** Parses {@code /v1/configs/{storeId}/{serviceType}}; {@code storeId} may be {@code _defaults}. */
    public static ConfigPath of(String storeId, String serviceType) {
        return new ConfigPath(scope(storeId), serviceType(serviceType));
    }

    /** Parses the store segment alone; {@code _defaults} is accepted. */
    public static String scope(String storeId) {
        if (Identifiers.DEFAULTS_SCOPE.equals(storeId)) {
            return storeId;
        }
        try {
            return Identifiers.requireStoreId("storeId", storeId);
        }
        catch (InvalidFieldException ex) {
            throw ApiProblemException.notFound("invalid-store-id", "storeId",
                    "No configuration can exist for store id '" + storeId + "': it " + ex.reason());
        }
    }

    /** Parses a service type path segment. */
    public static ServiceType serviceType(String wireName) {
        return ServiceType.find(wireName).orElseThrow(() -> ApiProblemException.notFound("unknown-service-type",
                "serviceType", "Unknown service type '" + wireName + "'; known: " + knownTypes()));
    }

    /** The wire names of every service type, for messages. */
    public static String knownTypes() {
        return java.util.Arrays.stream(ServiceType.values()).map(ServiceType::wireName).toList().toString();
    }

    public boolean isDefaults() {
        return Identifiers.DEFAULTS_SCOPE.equals(this.scope);
    }
}
