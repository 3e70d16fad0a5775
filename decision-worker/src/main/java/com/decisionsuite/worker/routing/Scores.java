package com.decisionsuite.worker.routing;

import java.math.BigDecimal;

/**
 * Decimal arithmetic on confidences, so that 0.95 - 0.80 meets a minimum margin of 0.15 as written.
 */
final class Scores {

    private Scores() {
    }

    static double difference(double a, double b) {
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).doubleValue();
    }
}
