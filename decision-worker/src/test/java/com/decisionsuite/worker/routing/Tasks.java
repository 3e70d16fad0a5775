package com.decisionsuite.worker.routing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/** Test data builders for routing. */
final class Tasks {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private Tasks() {
    }

    static DecisionTask task(ServiceType type, double... confidences) {
        return task(type, null, null, confidences);
    }

    static DecisionTask task(ServiceType type, Map<String, Object> context, Instant deadline, double... confidences) {
        List<Candidate> candidates = Arrays.stream(confidences).boxed()
                .map(c -> new Candidate("label-" + c, c)).toList();
        return new DecisionTask("t-1", type, "store-1", null, candidates, context, NOW.minusSeconds(5), deadline, 1);
    }

    static ThresholdConfig config(double accept, Double reject, double minMargin) {
        return config(ServiceType.TRACKING, accept, reject, minMargin, ReviewMode.AUTO, null);
    }

    static ThresholdConfig config(ServiceType type, double accept, Double reject, double minMargin, ReviewMode mode,
            BigDecimal maxAutoValue) {
        return new ThresholdConfig("store-1", type, 3, accept, reject, minMargin, mode, 0.0, maxAutoValue,
                Duration.ofMinutes(10), "ops", NOW.minusSeconds(3600));
    }
}
