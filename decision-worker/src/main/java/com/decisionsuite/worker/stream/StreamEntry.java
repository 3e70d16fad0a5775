package com.decisionsuite.worker.stream;

import java.util.Map;

import com.decisionsuite.model.ServiceType;

/**
 * One task stream entry as delivered to this worker.
 *
 * @param deliveryCount how often the group has delivered it, this delivery included
 */
record StreamEntry(ServiceType type, String stream, String id, Map<String, String> fields, long deliveryCount) {

    StreamEntry {
        fields = Map.copyOf(fields);
        if (deliveryCount < 1) {
            throw new IllegalArgumentException("deliveryCount must be positive");
        }
    }
}
