package com.decisionsuite.config.reload;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.decisionsuite.model.ServiceType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The (scope, type) pairs whose latest commit could not be published to Redis, awaiting a retry. Only the pair
 * is kept: a retry publishes whatever MySQL holds then, so later commits of the same pair need no extra slot.
 */
@Component
class PendingPublications {

    /** One configuration, by scope and service type. */
    record Target(String scope, ServiceType serviceType) {
    }

    // Each failure stamps its target with a new sequence number, so a retry that read MySQL before a newer failure
    // leaves the target pending for the next round.
    private final Map<Target, Long> pending = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();

    private final int capacity;

    PendingPublications(CacheProperties properties, MeterRegistry meters) {
        this.capacity = properties.maxPending();
        Gauge.builder("decision.config.publish.pending", this.pending, Map::size)
                .description("Configurations whose cache publication failed and awaits a retry")
                .register(meters);
    }

    /** Remembers a target; false when full (then only the cache TTL converges it). */
    boolean add(String scope, ServiceType type) {
        Target target = new Target(scope, type);
        if (this.pending.size() >= this.capacity && !this.pending.containsKey(target)) {
            return false;
        }
        this.pending.put(target, this.sequence.incrementAndGet());
        return true;
    }

    /** The targets awaiting a retry, each with the stamp to hand back to {@link #done}. */
    List<Map.Entry<Target, Long>> snapshot() {
        return this.pending.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** Forgets a target unless it failed again after {@code stamp} was taken. */
    void done(Target target, long stamp) {
        this.pending.remove(target, stamp);
    }
}
