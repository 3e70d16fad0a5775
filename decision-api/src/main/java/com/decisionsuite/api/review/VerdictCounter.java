package com.decisionsuite.api.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts committed verdicts as {@code decision.review.verdicts} (tags service_type, kind, verdict, agreement).
 */
@Component
class VerdictCounter {

    static final String METRIC = "decision.review.verdicts";

    private final MeterRegistry registry;

    VerdictCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    // After commit: a rolled-back verdict must not count.
    @TransactionalEventListener
    void on(VerdictRecorded recorded) {
        Counter.builder(METRIC)
                .description("Verdicts recorded by reviewers, by agreement with the model")
                .tag("service_type", recorded.serviceType().wireName())
                .tag("kind", recorded.kind().name())
                .tag("verdict", recorded.verdict().name())
                .tag("agreement", recorded.agreesWithModel() ? "agree" : "disagree")
                .register(this.registry)
                .increment();
    }
}
