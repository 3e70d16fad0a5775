package com.decisionsuite.api.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reviewer workflow ({@code decision.review.*}).
 *
 * @param leaseDuration how long a claim or a heartbeat keeps an item with its reviewer
 * @param maxHeartbeatExtension how far past its claim heartbeats may carry a lease, so an idle open tab cannot hold
 * an item forever
 * @param metricsRefresh how often the queue gauges are recomputed (and overdue items flagged); also how old the
 * all-stores queue depths of {@code GET /v1/reviews/stats} may be, since that scan reads every open item
 * @param metricsStoreTag whether the queue gauges carry a {@code store_id} tag besides {@code service_type}; off by
 * default because stores are many
 * @param maxPageSize the largest page the review list returns
 */
@ConfigurationProperties("decision.review")
record ReviewProperties(
        @DefaultValue("5m") Duration leaseDuration,
        @DefaultValue("30m") Duration maxHeartbeatExtension,
        @DefaultValue("15s") Duration metricsRefresh,
        @DefaultValue("false") boolean metricsStoreTag,
        @DefaultValue("200") int maxPageSize) {

    ReviewProperties {
        requirePositive("leaseDuration", leaseDuration);
        requirePositive("maxHeartbeatExtension", maxHeartbeatExtension);
        requirePositive("metricsRefresh", metricsRefresh);
        if (maxHeartbeatExtension.compareTo(leaseDuration) < 0) {
            throw new IllegalArgumentException("decision.review.max-heartbeat-extension must be at least the lease duration");
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("decision.review.max-page-size must be positive");
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("decision.review." + name + " must be a positive duration");
        }
    }
}
