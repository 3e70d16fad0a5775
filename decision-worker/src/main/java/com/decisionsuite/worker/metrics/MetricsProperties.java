package com.decisionsuite.worker.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Metric cardinality switches.
 *
 * @param perStore whether {@code decision.worker.decisions} carries a {@code store} tag (off for many stores)
 */
@ConfigurationProperties("decision.worker.metrics")
public record MetricsProperties(Boolean perStore) {

    public MetricsProperties {
        perStore = perStore == null ? Boolean.TRUE : perStore;
    }
}
