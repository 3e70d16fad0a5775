package com.decisionsuite.bench.workload;

import com.decisionsuite.model.Identifiers;

/**
 * One simulated store: its id, how much traffic it sends, and how its models are calibrated.
 *
 * @param trafficWeight relative share of the chain's tasks (busy flagship stores weigh more)
 * @param confidenceSkew how strongly its models' confidences crowd towards 1 (higher: more confident)
 */
public record StoreProfile(String storeId, double trafficWeight, Calibration calibration, double confidenceSkew) {

    public StoreProfile {
        Identifiers.requireStoreId("storeId", storeId);
        if (!(trafficWeight > 0.0)) {
            throw new IllegalArgumentException("trafficWeight must be positive, was " + trafficWeight);
        }
        if (calibration == null) {
            throw new IllegalArgumentException("calibration is required");
        }
        if (!(confidenceSkew >= 1.0)) {
            throw new IllegalArgumentException("confidenceSkew must be at least 1, was " + confidenceSkew);
        }
    }
}
