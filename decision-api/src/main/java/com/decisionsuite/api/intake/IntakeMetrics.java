package com.decisionsuite.api.intake;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;

/**
 * Counts submitted tasks as {@code decision.intake.tasks} by service type and result; counters are registered
 * up front so the request path only increments.
 */
@Component
class IntakeMetrics {

    static final String NAME = "decision.intake.tasks";

    /** Tag value for a rejected task whose service type could not be read. */
    static final String UNKNOWN_TYPE = "unknown";

    private final Map<ServiceType, Counter> accepted = new EnumMap<>(ServiceType.class);

    private final Map<ServiceType, Counter> duplicate = new EnumMap<>(ServiceType.class);

    private final Map<ServiceType, Counter> rejected = new EnumMap<>(ServiceType.class);

    private final Counter rejectedUnknownType;

    IntakeMetrics(MeterRegistry registry) {
        for (ServiceType type : ServiceType.values()) {
            this.accepted.put(type, counter(registry, type.wireName(), "accepted"));
            this.duplicate.put(type, counter(registry, type.wireName(), "duplicate"));
            this.rejected.put(type, counter(registry, type.wireName(), "rejected"));
        }
        this.rejectedUnknownType = counter(registry, UNKNOWN_TYPE, "rejected");
    }

    void enqueued(ServiceType type, boolean appended) {
        (appended ? this.accepted : this.duplicate).get(type).increment();
    }

    /** Counts a rejected task; {@code type} is null when it could not be read. */
    void rejected(ServiceType type) {
        (type == null ? this.rejectedUnknownType : this.rejected.get(type)).increment();
    }

    private static Counter counter(MeterRegistry registry, String type, String result) {
        return Counter.builder(NAME)
                .description("Decision tasks submitted to intake, by outcome of the submission")
                .tag("service_type", type)
                .tag("result", result)
                .register(registry);
    }
}
