package com.decisionsuite.config.reload;

import java.util.List;

import com.decisionsuite.config.version.ConfigCommitted;
import com.decisionsuite.model.TaskStreams;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hot reload: once a version has committed, sets its Redis cache entry (never over a newer version) and announces
 * it on {@link TaskStreams#CONFIG_CHANGES_CHANNEL}. MySQL is the record and Redis a cache, so a Redis failure here
 * never fails the change: it is logged, counted and retried from MySQL (see {@link PublishRetry}).
 */
@Component
class CachePublisher {

    private static final Logger log = LoggerFactory.getLogger(CachePublisher.class);

    private static final RedisScript<Long> SET_IF_NEWER = RedisScript
            .of(new ClassPathResource("scripts/set-config-if-newer.lua"), Long.class);

    private final StringRedisTemplate redis;

    private final CacheProperties properties;

    private final PendingPublications pending;

    private final Counter failures;

    CachePublisher(StringRedisTemplate redis, CacheProperties properties, PendingPublications pending,
            MeterRegistry meters) {
        this.redis = redis;
        this.properties = properties;
        this.pending = pending;
        this.failures = Counter.builder("decision.config.publish.failures")
                .description("Committed configuration changes whose cache update or announcement failed")
                .register(meters);
    }

    // First after the commit (the journal's log line can wait): workers are waiting for this.
    @Order(0)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(ConfigCommitted committed) {
        CacheEntry entry = CacheEntry.of(committed);
        try {
            publish(entry);
        }
        catch (RuntimeException ex) {
            this.failures.increment();
            boolean queued = this.pending.add(entry.scope(), entry.serviceType());
            log.warn("Committed {} {} version {} but could not publish it to Redis ({}); {}", entry.scope(),
                    entry.serviceType(), entry.version(), ex.toString(), queued
                            ? "retrying from MySQL every " + this.properties.retryInterval()
                            : "retry queue full, workers converge within the cache lifetime");
        }
    }

    /** Sets the entry unless Redis holds a newer version, then announces the change; throws when Redis fails. */
    void publish(CacheEntry entry) {
        Long written = this.redis.execute(SET_IF_NEWER, List.of(entry.key(), entry.versionKey()),
                String.valueOf(entry.version()), entry.value(), String.valueOf(this.properties.ttl().toMillis()));
        if (written != null && written == 0L) {
            log.debug("Redis already holds a newer version than {} of {}", entry.version(), entry.key());
        }
        this.redis.convertAndSend(TaskStreams.CONFIG_CHANGES_CHANNEL, entry.announcement());
    }
}
