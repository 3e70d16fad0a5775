package com.decisionsuite.worker.routing;

import java.math.BigDecimal;
import java.util.Comparator;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * Scores a cart by its weakest receipt line and vetoes carts worth more than the store lets through
 * automatically; an unknown cart value under a configured maximum is doubt, and doubt escalates.
 */
final class CartVerificationPolicy implements DecisionPolicy {

    static final String CART_VALUE = "cartValue";

    @Override
    public String name() {
        return "cart-lowest-line";
    }

    @Override
    public ServiceType serviceType() {
        return ServiceType.CART_VERIFICATION;
    }

    @Override
    public Proposal propose(DecisionTask task, ThresholdConfig config) {
        Candidate weakest = task.candidates().stream()
                .min(Comparator.comparingDouble(Candidate::confidence))
                .orElseThrow();
        Proposal proposal = Proposal.of(weakest.label(), weakest.confidence(), null,
                task.candidates().size() + " lines, lowest '" + weakest.label() + "' " + weakest.confidence());
        BigDecimal max = config.maxAutoValue();
        if (max == null) {
            return proposal;
        }
        BigDecimal value = cartValue(task);
        if (value == null) {
            return proposal.vetoed(Reason.CART_VALUE_UNKNOWN, "no numeric cartValue, max " + max.toPlainString());
        }
        if (value.compareTo(max) > 0) {
            return proposal.vetoed(Reason.CART_VALUE_OVER_MAX,
                    "cartValue " + value.toPlainString() + " > max " + max.toPlainString());
        }
        return proposal;
    }

    private static BigDecimal cartValue(DecisionTask task) {
        Object raw = task.context() == null ? null : task.context().get(CART_VALUE);
        if (raw instanceof Number || raw instanceof String) {
            try {
                BigDecimal value = new BigDecimal(raw.toString().trim());
                return value.signum() < 0 ? null : value;
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }
        return null;
    }
}
