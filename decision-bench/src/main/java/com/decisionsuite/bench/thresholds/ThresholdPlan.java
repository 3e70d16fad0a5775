package com.decisionsuite.bench.thresholds;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.decisionsuite.bench.workload.Calibration;
import com.decisionsuite.bench.workload.StoreChain;
import com.decisionsuite.bench.workload.StoreProfile;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;

/**
 * How the simulated chain's ops have configured the suite: defaults per service type with an automatic-reject
 * threshold, and stricter overrides for the stores whose audits showed an over-confident model. Pure.
 */
public final class ThresholdPlan {

    private ThresholdPlan() {
    }

    /** A scope ({@code _defaults} or a store id) and service type. */
    public record Scope(String scope, ServiceType serviceType) {
    }

    /** Every configuration the chain wants, defaults first. */
    public static Map<Scope, StoreThresholds> of(StoreChain chain) {
        Map<Scope, StoreThresholds> plan = new LinkedHashMap<>();
        for (ServiceType type : ServiceType.values()) {
            plan.put(new Scope(Identifiers.DEFAULTS_SCOPE, type), defaults(type));
        }
        for (StoreProfile store : chain.stores()) {
            if (store.calibration() instanceof Calibration.OverConfident) {
                for (ServiceType type : ServiceType.values()) {
                    plan.put(new Scope(store.storeId(), type), stricter(defaults(type)));
                }
            }
        }
        return plan;
    }

    static StoreThresholds defaults(ServiceType type) {
        return switch (type) {
            case TRACKING -> new StoreThresholds(0.92, 0.40, 0.15, ReviewMode.AUTO, 0.02, null, Duration.ofMinutes(15));
            case PRODUCT_RECOGNITION -> new StoreThresholds(0.90, 0.35, 0.10, ReviewMode.AUTO, 0.02, null, Duration.ofMinutes(15));
            case ACTION_RECOGNITION -> new StoreThresholds(0.90, 0.40, 0.15, ReviewMode.AUTO, 0.02, null, Duration.ofMinutes(15));
            case CART_VERIFICATION -> new StoreThresholds(0.97, 0.60, 0.0, ReviewMode.AUTO, 0.05,
                    new BigDecimal("100.00"), Duration.ofMinutes(5));
        };
    }

    /** Accept later, reject earlier, audit more: what ops do once audits show a model claims too much. */
    static StoreThresholds stricter(StoreThresholds base) {
        double accept = Math.min(0.99, Math.round((base.acceptThreshold() + 0.05) * 100) / 100.0);
        Double reject = base.rejectThreshold() == null ? null : Math.round((base.rejectThreshold() - 0.15) * 100) / 100.0;
        return new StoreThresholds(accept, reject, base.minMargin(), base.mode(), 0.10, base.maxAutoValue(),
                base.reviewDeadline());
    }
}
