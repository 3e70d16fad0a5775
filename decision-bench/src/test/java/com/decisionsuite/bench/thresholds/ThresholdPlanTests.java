package com.decisionsuite.bench.thresholds;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionsuite.bench.workload.Calibration;
import com.decisionsuite.bench.workload.StoreChain;
import com.decisionsuite.bench.workload.StoreProfile;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdPlanTests {

    @Test
    void overConfidentStoresGetStricterOverridesAndTheRestUseTheDefaults() {
        StoreChain chain = StoreChain.generate(42, 120);
        Map<ThresholdPlan.Scope, StoreThresholds> plan = ThresholdPlan.of(chain);
        long overConfident = chain.stores().stream().filter(s -> s.calibration() instanceof Calibration.OverConfident).count();
        assertThat(plan).hasSize(4 + 4 * (int) overConfident);
        StoreProfile strict = chain.stores().stream().filter(s -> s.calibration() instanceof Calibration.OverConfident)
                .findFirst().orElseThrow();
        StoreThresholds defaults = plan.get(new ThresholdPlan.Scope(Identifiers.DEFAULTS_SCOPE, ServiceType.TRACKING));
        StoreThresholds stricter = plan.get(new ThresholdPlan.Scope(strict.storeId(), ServiceType.TRACKING));
        assertThat(stricter.acceptThreshold()).isGreaterThan(defaults.acceptThreshold());
        assertThat(stricter.rejectThreshold()).isLessThan(defaults.rejectThreshold());
        assertThat(stricter.auditSampleRate()).isGreaterThan(defaults.auditSampleRate());
    }

    @Test
    void onlyCartsCarryAnAutomaticValueLimit() {
        for (ServiceType type : ServiceType.values()) {
            StoreThresholds defaults = ThresholdPlan.defaults(type);
            assertThat(defaults.maxAutoValue() != null).isEqualTo(type == ServiceType.CART_VERIFICATION);
            assertThat(ThresholdPlan.stricter(defaults).acceptThreshold()).isLessThanOrEqualTo(0.99);
        }
    }

    @Test
    void comparesDecimalsByValue() {
        StoreThresholds cart = ThresholdPlan.defaults(ServiceType.CART_VERIFICATION);
        StoreThresholds same = new StoreThresholds(0.97, 0.60, 0.0, cart.mode(), 0.05, new java.math.BigDecimal("100"),
                cart.reviewDeadline());
        assertThat(cart.sameAs(same)).isTrue();
        assertThat(cart.sameAs(ThresholdPlan.stricter(cart))).isFalse();
    }
}
