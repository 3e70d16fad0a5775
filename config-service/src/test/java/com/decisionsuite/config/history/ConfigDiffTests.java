package com.decisionsuite.config.history;

import java.math.BigDecimal;
import java.time.Duration;

import com.decisionsuite.config.version.Settings;
import com.decisionsuite.model.ReviewMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigDiffTests {

    private static final Settings BASE = new Settings(0.9, null, 0.1, ReviewMode.AUTO, 0.02, new BigDecimal("100.00"),
            Duration.ofMinutes(15));

    @Test
    void listsOnlyTheValuesThatChanged() {
        Settings next = new Settings(0.95, 0.1, 0.1, ReviewMode.AUTO, 0.02, new BigDecimal("100.0"),
                Duration.ofMinutes(10));

        assertThat(ConfigDiff.between(BASE, next)).containsExactly(
                new FieldChange("acceptThreshold", 0.9, 0.95),
                new FieldChange("rejectThreshold", null, 0.1),
                new FieldChange("reviewDeadline", Duration.ofMinutes(15), Duration.ofMinutes(10)));
    }

    @Test
    void showsARemovalAsEveryValueGoingAway() {
        assertThat(ConfigDiff.between(BASE, null)).extracting(FieldChange::field).containsExactly("acceptThreshold",
                "minMargin", "mode", "auditSampleRate", "maxAutoValue", "reviewDeadline");
        assertThat(ConfigDiff.between(BASE, null)).allSatisfy(change -> assertThat(change.to()).isNull());
    }

    @Test
    void showsAFirstVersionAsEveryValueAppearing() {
        assertThat(ConfigDiff.between(null, BASE)).allSatisfy(change -> assertThat(change.from()).isNull())
                .hasSize(6);
    }
}
