package com.decisionsuite.config.reload;

import java.util.List;
import java.util.Map;

import com.decisionsuite.config.version.ConfigReader;
import com.decisionsuite.config.version.ConfigVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Republishes configurations whose publication failed, reading their current version from MySQL, so a Redis
 * outage heals within one retry interval of Redis coming back rather than within the cache lifetime.
 */
@Component
class PublishRetry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PublishRetry.class);

    private final PendingPublications pending;

    private final CachePublisher publisher;

    private final ConfigReader reader;

    private final CacheProperties properties;

    PublishRetry(PendingPublications pending, CachePublisher publisher, ConfigReader reader,
            CacheProperties properties) {
        this.pending = pending;
        this.publisher = publisher;
        this.reader = reader;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::retry, this.properties.retryInterval());
    }

    void retry() {
        List<Map.Entry<PendingPublications.Target, Long>> due = this.pending.snapshot();
        for (Map.Entry<PendingPublications.Target, Long> item : due) {
            PendingPublications.Target target = item.getKey();
            try {
                ConfigVersion current = this.reader.current(target.scope(), target.serviceType()).own();
                if (current != null) {
                    this.publisher.publish(CacheEntry.of(current));
                }
                this.pending.done(target, item.getValue());
                log.info("Published {} {} version {} to Redis after an earlier failure", target.scope(),
                        target.serviceType(), current == null ? "-" : current.version());
            }
            catch (RuntimeException ex) {
                // Redis (or MySQL) still down: the rest would fail the same way; next round.
                log.debug("Retry of {} failed: {}", target, ex.toString());
                return;
            }
        }
    }
}
