package com.decisionsuite.config.reload;

import java.time.Duration;
import java.time.Instant;

import com.decisionsuite.config.version.Change;
import com.decisionsuite.config.version.ChangeKind;
import com.decisionsuite.config.version.ConfigCommitted;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.ThresholdsChanged;
import com.decisionsuite.model.WireCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheEntryTests {

    private static final Change CHANGE = new Change("ops", Instant.EPOCH, "why", ChangeKind.UPDATE, null);

    @Test
    void cachesTheWireConfigUnderTheSharedKey() {
        ThresholdConfig config = new ThresholdConfig("s1", ServiceType.TRACKING, 3, 0.9, null, 0.1, ReviewMode.AUTO,
                0.02, null, Duration.ofMinutes(15), "ops", Instant.EPOCH);

        CacheEntry entry = CacheEntry.of(new ConfigCommitted("s1", ServiceType.TRACKING, 3, config, CHANGE));

        assertThat(entry.key()).isEqualTo("decision-config:s1:tracking");
        assertThat(WireCodec.read(entry.value(), ThresholdConfig.class)).isEqualTo(config);
        assertThat(WireCodec.read(entry.announcement(), ThresholdsChanged.class))
                .isEqualTo(new ThresholdsChanged("s1", ServiceType.TRACKING, 3));
    }

    @Test
    void cachesNoneForARemovedOverrideAndKeepsItsVersionBeside() {
        CacheEntry entry = CacheEntry.of(new ConfigCommitted("s1", ServiceType.TRACKING, 4, null, CHANGE));

        assertThat(entry.value()).isEqualTo("none");
        assertThat(entry.versionKey()).isEqualTo("{decision-config:s1:tracking}:version");
    }

    @Test
    void usesTheDefaultKeyForTheDefaultsScope() {
        CacheEntry entry = CacheEntry.of(new ConfigCommitted("_defaults", ServiceType.CART_VERIFICATION, 2, null, CHANGE));

        assertThat(entry.key()).isEqualTo("decision-config:_defaults:cart-verification");
    }
}
