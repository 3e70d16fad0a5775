package com.decisionsuite.worker.config;

import java.util.Optional;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.WireCodec;

/**
 * The Redis level of the configuration cache, written by config-service after each commit. The worker only
 * fills a missing key, never overwriting what config-service wrote (SET NX).
 */
@Component
class ConfigRedisEntries {

    static final String NONE = "none";

    private static final Logger log = LoggerFactory.getLogger(ConfigRedisEntries.class);

    private final StatefulRedisConnection<String, String> redis;

    private final ConfigCacheProperties properties;

    ConfigRedisEntries(StatefulRedisConnection<String, String> redis, ConfigCacheProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    /** Null when the key is missing (or unreadable), otherwise the cached row or empty for {@code none}. */
    Optional<ThresholdConfig> get(String scope, ServiceType type) {
        String key = key(scope, type);
        return decode(key, this.redis.sync().get(key));
    }

    /** Fills a missing key from MySQL and answers what Redis holds afterwards (config-service may have won). */
    Optional<ThresholdConfig> populate(String scope, ServiceType type, Optional<ThresholdConfig> fromDatabase) {
        String key = key(scope, type);
        String value = fromDatabase.map(WireCodec::write).orElse(NONE);
        String ok = this.redis.sync().set(key, value, SetArgs.Builder.nx().px(this.properties.configRedisTtl()));
        if ("OK".equals(ok)) {
            return fromDatabase;
        }
        Optional<ThresholdConfig> current = decode(key, this.redis.sync().get(key));
        return current != null ? current : fromDatabase;
    }

    private static String key(String scope, ServiceType type) {
        return Identifiers.DEFAULTS_SCOPE.equals(scope) ? TaskStreams.defaultConfigKey(type)
                : TaskStreams.storeConfigKey(scope, type);
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private static Optional<ThresholdConfig> decode(String key, String value) {
        if (value == null) {
            return null;
        }
        if (NONE.equals(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireCodec.read(value, ThresholdConfig.class));
        }
        catch (InvalidFieldException ex) {
            log.error("Unreadable configuration in Redis key {}; reading MySQL instead: {}", key, ex.getMessage());
            return null;
        }
    }
}
