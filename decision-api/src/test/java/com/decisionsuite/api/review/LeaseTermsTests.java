package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LeaseTermsTests {

    private static final Instant CLAIMED = Instant.parse("2026-11-22T10:00:00Z");

    private final LeaseTerms terms = new LeaseTerms(properties(Duration.ofMinutes(5), Duration.ofMinutes(30)));

    @Test
    void claimBuysOneLeaseDuration() {
        assertThat(this.terms.onClaim(CLAIMED)).isEqualTo(CLAIMED.plus(Duration.ofMinutes(5)));
    }

    @Test
    void heartbeatRenewsTheLeaseFromNow() {
        Instant now = CLAIMED.plus(Duration.ofMinutes(4));

        assertThat(this.terms.onHeartbeat(CLAIMED, now)).isEqualTo(now.plus(Duration.ofMinutes(5)));
    }

    @Test
    void heartbeatNeverCarriesTheLeasePastTheMaximumExtension() {
        Instant now = CLAIMED.plus(Duration.ofMinutes(28));

        assertThat(this.terms.onHeartbeat(CLAIMED, now)).isEqualTo(CLAIMED.plus(Duration.ofMinutes(30)));
    }

    @Test
    void rejectsAnExtensionShorterThanTheLease() {
        assertThatIllegalArgumentException().isThrownBy(() -> properties(Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }

    private static ReviewProperties properties(Duration lease, Duration maxExtension) {
        return new ReviewProperties(lease, maxExtension, Duration.ofSeconds(15), false, 200);
    }
}
