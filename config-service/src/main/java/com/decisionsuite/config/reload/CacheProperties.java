package com.decisionsuite.config.reload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How configuration changes reach the Redis cache.
 *
 * @param ttl lifetime of a cache entry: the bound on staleness if both the publication and its retries are lost
 * @param retryInterval how often publications that failed (Redis unreachable) are retried from MySQL
 * @param maxPending how many (scope, type) entries may await a retry; beyond it, the TTL alone converges them
 */
@ConfigurationProperties("decision.config.cache")
record CacheProperties(
        @DefaultValue("10m") Duration ttl,
        @DefaultValue("5s") Duration retryInterval,
        @DefaultValue("10000") int maxPending) {

    CacheProperties {
        if (ttl.isNegative() || ttl.isZero() || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException("decision.config.cache ttl and retry-interval must be positive");
        }
    }
}
