package com.decisionsuite.bench.thresholds;

import java.math.BigDecimal;
import java.time.Duration;

import com.decisionsuite.model.ReviewMode;

/**
 * The settings config-service keeps for one store (or default) and service type, as the PUT body carries them.
 */
public record StoreThresholds(double acceptThreshold, Double rejectThreshold, double minMargin, ReviewMode mode,
        double auditSampleRate, BigDecimal maxAutoValue, Duration reviewDeadline) {

    public StoreThresholds {
        if (!(acceptThreshold > 0 && acceptThreshold <= 1) || (rejectThreshold != null && rejectThreshold >= acceptThreshold)) {
            throw new IllegalArgumentException("need 0 <= rejectThreshold < acceptThreshold <= 1");
        }
        if (mode == null || reviewDeadline == null) {
            throw new IllegalArgumentException("mode and reviewDeadline are required");
        }
    }

    /** Same settings, comparing decimals by value (100 equals 100.00). */
    public boolean sameAs(StoreThresholds other) {
        return other != null && Math.abs(this.acceptThreshold - other.acceptThreshold) < 1e-9
                && java.util.Objects.equals(this.rejectThreshold, other.rejectThreshold)
                && Math.abs(this.minMargin - other.minMargin) < 1e-9 && this.mode == other.mode
                && Math.abs(this.auditSampleRate - other.auditSampleRate) < 1e-9
                && (this.maxAutoValue == null ? other.maxAutoValue == null
                        : other.maxAutoValue != null && this.maxAutoValue.compareTo(other.maxAutoValue) == 0)
                && this.reviewDeadline.equals(other.reviewDeadline);
    }
}
