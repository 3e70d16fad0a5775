package com.decisionsuite.api.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When leases end: a claim or heartbeat buys {@code leaseDuration}, never reaching past the claim plus
 * {@code maxHeartbeatExtension}. Ends are whole seconds, rounded down: MariaDB behind mysql-connector-j stores no
 * fractions, and a client must never be told its lease lasts longer than the row says.
 */
record LeaseTerms(ReviewProperties properties) {

    Instant onClaim(Instant now) {
        return now.plus(this.properties.leaseDuration()).truncatedTo(ChronoUnit.SECONDS);
    }

    Instant onHeartbeat(Instant claimedAt, Instant now) {
        Instant wanted = now.plus(this.properties.leaseDuration());
        Instant cap = claimedAt.plus(this.properties.maxHeartbeatExtension());
        return (wanted.isAfter(cap) ? cap : wanted).truncatedTo(ChronoUnit.SECONDS);
    }
}
