package com.decisionsuite.worker.stream;

import java.util.Map;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

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

    /** The W3C trace context decision-api wrote with the entry, or null. */
    String traceparent() {
        return this.fields.get(TaskStreams.FIELD_TRACEPARENT);
    }

    /** The trace id of {@link #traceparent()}, for log context; null when absent or not W3C-shaped. */
    String traceId() {
        return traceIdOf(traceparent());
    }

    static String traceIdOf(String traceparent) {
        if (traceparent == null || traceparent.length() < 35 || traceparent.charAt(2) != '-' || traceparent.charAt(35) != '-') {
            return null;
        }
        return traceparent.substring(3, 35);
    }
}
