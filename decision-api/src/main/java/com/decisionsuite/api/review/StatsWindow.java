package com.decisionsuite.api.review;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.decisionsuite.model.ServiceType;

/**
 * The verdicts a stats request looks at: decided in [from, to), optionally one store and one service type.
 */
record StatsWindow(Instant from, Instant to, String storeId, ServiceType serviceType) {

    static final Duration DEFAULT_LENGTH = Duration.ofHours(24);

    static final Duration MAX_LENGTH = Duration.ofDays(93);

    StatsWindow {
        if (!from.isBefore(to)) {
            throw new InvalidReviewFieldException("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new InvalidReviewFieldException("from", "the window may span at most " + MAX_LENGTH.toDays() + " days");
        }
    }

    /**
     * Fills the defaults: {@code to} is now rounded up to the second (stored times may be whole seconds, so a verdict
     * of this very second must fall inside), {@code from} a day before {@code to}.
     */
    static StatsWindow of(Instant from, Instant to, String storeId, ServiceType serviceType, Instant now) {
        Instant end = to == null ? now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : to;
        return new StatsWindow(from == null ? end.minus(DEFAULT_LENGTH) : from, end, storeId, serviceType);
    }
}
