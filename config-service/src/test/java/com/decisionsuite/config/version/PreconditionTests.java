package com.decisionsuite.config.version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreconditionTests {

    private static final Settings VALUES = new Settings(0.9, null, 0.1, ReviewMode.AUTO, 0.02, null,
            Duration.ofMinutes(15));

    private static final Change CHANGE = new Change("ops", Instant.EPOCH, "test", ChangeKind.UPDATE, null);

    private final ConfigVersion defaultV4 = ConfigVersion.of("_defaults", ServiceType.TRACKING, 4, VALUES, CHANGE);

    private final ConfigVersion storeV3 = ConfigVersion.of("s1", ServiceType.TRACKING, 3, VALUES, CHANGE);

    private final Current live = new Current(this.storeV3, this.defaultV4);

    private final Current fallingBack = new Current(null, this.defaultV4);

    @Test
    void rendersTheStoresVersionOrTheDefaultsAsDistinctTags() {
        assertThat(this.live.etag()).isEqualTo("\"3\"");
        assertThat(this.fallingBack.etag()).isEqualTo("\"default-4\"");
        assertThat(new Current(ConfigVersion.removal("s1", ServiceType.TRACKING, 5, CHANGE), this.defaultV4).etag())
                .isEqualTo("\"default-4\"");
    }

    @Test
    void passesWhenIfMatchNamesTheCurrentTagAmongOthers() {
        assertThatCode(() -> new Precondition("\"2\", \"3\"", null, true).check(this.live)).doesNotThrowAnyException();
    }

    @Test
    void readsAnUnquotedTagAsQuoted() {
        assertThatCode(() -> new Precondition("3", null, true).check(this.live)).doesNotThrowAnyException();
    }

    @Test
    void failsOnAStaleTag() {
        assertThatThrownBy(() -> new Precondition("\"2\"", null, true).check(this.live))
                .isInstanceOfSatisfying(ApiProblemException.class, ex -> assertThat(ex.status().value()).isEqualTo(412));
    }

    @Test
    void neverMatchesAWeakTagForIfMatch() {
        assertThatThrownBy(() -> new Precondition("W/\"3\"", null, true).check(this.live))
                .isInstanceOf(ApiProblemException.class);
    }

    @Test
    void requiresAConditionOnlyWhenTheScopeHasALiveConfiguration() {
        assertThatThrownBy(() -> new Precondition(null, null, true).check(this.live))
                .isInstanceOfSatisfying(ApiProblemException.class, ex -> assertThat(ex.status().value()).isEqualTo(428));
        assertThatCode(() -> new Precondition(null, null, true).check(this.fallingBack)).doesNotThrowAnyException();
    }

    @Test
    void treatsIfMatchStarAsRequiringALiveConfiguration() {
        assertThatCode(() -> new Precondition("*", null, true).check(this.live)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Precondition("*", null, true).check(this.fallingBack))
                .isInstanceOf(ApiProblemException.class);
    }

    @Test
    void treatsIfNoneMatchStarAsCreateOnly() {
        assertThatCode(() -> new Precondition(null, "*", true).check(this.fallingBack)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Precondition(null, "*", true).check(this.live))
                .isInstanceOfSatisfying(ApiProblemException.class, ex -> assertThat(ex.status().value()).isEqualTo(412));
    }

    @Test
    void continuesVersionsAfterARemoval() {
        Current removed = new Current(ConfigVersion.removal("s1", ServiceType.TRACKING, 5, CHANGE), this.defaultV4);

        assertThat(removed.live()).isFalse();
        assertThat(removed.nextVersion()).isEqualTo(6);
        assertThat(removed.effective()).isSameAs(this.defaultV4);
        assertThat(this.fallingBack.nextVersion()).isEqualTo(1);
        assertThat(ConfigVersion.of("s1", ServiceType.CART_VERIFICATION, 1, new Settings(0.9, null, 0.1,
                ReviewMode.AUTO, 0.02, new BigDecimal("10.00"), Duration.ofMinutes(1)), CHANGE).settings()
                .maxAutoValue()).isEqualByComparingTo("10");
    }
}
