package com.decisionsuite.config.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies and fresh store ids for tests.
 */
public final class Bodies {

    private Bodies() {
    }

    /** A store id no other test uses. */
    public static String freshStore(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid PUT body for a non-cart service type; a mutable map, so tests can break one field. */
    public static Map<String, Object> valid(double acceptThreshold, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("acceptThreshold", acceptThreshold);
        body.put("rejectThreshold", 0.2);
        body.put("minMargin", 0.1);
        body.put("mode", "AUTO");
        body.put("auditSampleRate", 0.05);
        body.put("reviewDeadline", "PT10M");
        body.put("reason", reason);
        return body;
    }

    /** A valid PUT body for cart-verification. */
    public static Map<String, Object> validCart(double acceptThreshold, String reason) {
        Map<String, Object> body = valid(acceptThreshold, reason);
        body.put("maxAutoValue", 250.50);
        return body;
    }
}
