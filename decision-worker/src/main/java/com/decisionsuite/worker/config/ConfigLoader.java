package com.decisionsuite.worker.config;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * Loads one scope's configuration from Redis, on a miss from MySQL (then fills Redis). With Redis down it reads
 * MySQL alone; with both down it throws and the caller keeps what it has or retries the batch.
 */
@Component
class ConfigLoader {

    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);

    private final ConfigRedisEntries redis;

    private final ThresholdRows rows;

    ConfigLoader(ConfigRedisEntries redis, ThresholdRows rows) {
        this.redis = redis;
        this.rows = rows;
    }

    Optional<ThresholdConfig> load(String scope, ServiceType type) {
        Optional<ThresholdConfig> cached;
        try {
            cached = this.redis.get(scope, type);
        }
        catch (RuntimeException ex) {
            log.warn("Redis unavailable for configuration of {}/{}; reading MySQL: {}", scope, type, ex.toString());
            return this.rows.current(scope, type);
        }
        if (cached != null) {
            return cached;
        }
        Optional<ThresholdConfig> fromDatabase = this.rows.current(scope, type);
        try {
            return this.redis.populate(scope, type, fromDatabase);
        }
        catch (RuntimeException ex) {
            log.warn("Could not fill Redis with configuration of {}/{}: {}", scope, type, ex.toString());
            return fromDatabase;
        }
    }
}
