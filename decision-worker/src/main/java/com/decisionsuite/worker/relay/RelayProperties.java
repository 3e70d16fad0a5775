package com.decisionsuite.worker.relay;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The result relay from the committed rows to {@code decision-results}.
 *
 * @param enabled whether this worker takes part (only one replica publishes at a time anyway)
 * @param interval pause between polls when the relay has caught up and this worker committed nothing
 * @param coalesce pause after this worker's commit before the relay polls, so one poll takes the commits of all its
 *        reading loops; a few milliseconds of latency on decision-results against a poll per batch
 * @param batchSize rows per poll and source
 * @param gapTimeout how long a missing id is waited for before the cursor moves past it; far above any
 *        transaction's duration, since a row committed later than this would never be published
 * @param resultsMaxLength approximate cap of the results stream (XADD MAXLEN ~)
 */
@ConfigurationProperties("decision.worker.relay")
public record RelayProperties(Boolean enabled, Duration interval, Duration coalesce, Integer batchSize,
        Duration gapTimeout, Long resultsMaxLength) {

    public RelayProperties {
        enabled = enabled == null ? Boolean.TRUE : enabled;
        interval = interval == null ? Duration.ofMillis(200) : interval;
        coalesce = coalesce == null ? Duration.ofMillis(5) : coalesce;
        batchSize = batchSize == null ? 2000 : batchSize;
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(2) : gapTimeout;
        resultsMaxLength = resultsMaxLength == null ? 1_000_000L : resultsMaxLength;
        if (interval.isNegative() || interval.isZero() || coalesce.isNegative() || batchSize < 1
                || gapTimeout.isNegative() || resultsMaxLength < 1) {
            throw new IllegalArgumentException("decision.worker.relay.* must be positive");
        }
    }
}
