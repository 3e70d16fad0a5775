package com.decisionsuite.worker.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reading store configurations: how long the worker trusts its near cache and how long an entry it put into
 * Redis itself lives there.
 *
 * @param configCacheTtl lifetime of a near-cache entry; changes announced by config-service drop it earlier
 * @param configRedisTtl expiry of Redis entries this worker populated from MySQL after a miss
 * @param configCacheMaxEntries near-cache size at which it is cleared and refilled
 */
@ConfigurationProperties("decision.worker")
public record ConfigCacheProperties(Duration configCacheTtl, Duration configRedisTtl, Integer configCacheMaxEntries) {

    public ConfigCacheProperties {
        configCacheTtl = configCacheTtl == null ? Duration.ofSeconds(30) : configCacheTtl;
        configRedisTtl = configRedisTtl == null ? Duration.ofMinutes(10) : configRedisTtl;
        configCacheMaxEntries = configCacheMaxEntries == null ? 100_000 : configCacheMaxEntries;
        if (configCacheTtl.isNegative() || configRedisTtl.isNegative() || configRedisTtl.isZero()
                || configCacheMaxEntries < 1) {
            throw new IllegalArgumentException("decision.worker.config-* must be positive");
        }
    }
}
