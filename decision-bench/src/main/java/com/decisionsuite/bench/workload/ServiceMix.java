package com.decisionsuite.bench.workload;

import java.util.EnumMap;
import java.util.Map;

import com.decisionsuite.model.ServiceType;

/**
 * The share of each service type in the chain's traffic: tracking and product recognition dominate, cart
 * verification is rarer.
 */
public record ServiceMix(Map<ServiceType, Double> weights) {

    public ServiceMix {
        if (weights == null || weights.isEmpty()) {
            throw new IllegalArgumentException("a mix needs at least one service type");
        }
        double sum = 0.0;
        for (Map.Entry<ServiceType, Double> entry : weights.entrySet()) {
            if (entry.getValue() == null || !(entry.getValue() >= 0.0)) {
                throw new IllegalArgumentException("weight of " + entry.getKey() + " must not be negative");
            }
            sum += entry.getValue();
        }
        if (!(sum > 0.0)) {
            throw new IllegalArgumentException("the weights must not all be zero");
        }
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    /** The mix of a checkout-free chain as the talk describes it. */
    public static ServiceMix retail() {
        Map<ServiceType, Double> weights = new EnumMap<>(ServiceType.class);
        weights.put(ServiceType.TRACKING, 0.40);
        weights.put(ServiceType.PRODUCT_RECOGNITION, 0.35);
        weights.put(ServiceType.ACTION_RECOGNITION, 0.17);
        weights.put(ServiceType.CART_VERIFICATION, 0.08);
        return new ServiceMix(weights);
    }

    /** Picks a type in proportion to its weight, given a uniform draw in [0, 1). */
    public ServiceType pick(double uniform) {
        double total = this.weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double target = uniform * total;
        double running = 0.0;
        ServiceType last = null;
        for (ServiceType type : ServiceType.values()) {
            Double weight = this.weights.get(type);
            if (weight == null || weight == 0.0) {
                continue;
            }
            running += weight;
            last = type;
            if (target < running) {
                return type;
            }
        }
        return last;
    }

    /** This type's share of all tasks. */
    public double share(ServiceType type) {
        double total = this.weights.values().stream().mapToDouble(Double::doubleValue).sum();
        return this.weights.getOrDefault(type, 0.0) / total;
    }
}
