package com.decisionsuite.worker.routing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

import static com.decisionsuite.worker.routing.Tasks.NOW;
import static com.decisionsuite.worker.routing.Tasks.config;
import static com.decisionsuite.worker.routing.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionRouterTests {

    private final DecisionRouter router = new DecisionRouter(Duration.ofMillis(100));

    @Test
    void acceptsWhenScoreAndMarginMeetThresholdsExactly() {
        Routed routed = this.router.route(task(ServiceType.TRACKING, 0.92, 0.77), config(0.92, null, 0.15), NOW);

        assertThat(routed).isInstanceOf(Routed.Accepted.class);
        assertThat(routed.outcome()).isEqualTo(DecisionOutcome.AUTO_ACCEPTED);
        assertThat(routed.reason()).isEqualTo(Reason.ACCEPT_THRESHOLD_MET);
        assertThat(routed.proposal().label()).isEqualTo("label-0.92");
        assertThat(routed.proposal().margin()).isEqualTo(0.15);
        assertThat(routed.detail()).contains("score 0.92 >= accept 0.92").contains("margin 0.15 >= min 0.15");
    }

    @Test
    void escalatesWhenMarginBelowStoreMinimum() {
        Routed routed = this.router.route(task(ServiceType.PRODUCT_RECOGNITION, 0.97, 0.90), config(0.92, null, 0.15), NOW);

        assertThat(routed.outcome()).isEqualTo(DecisionOutcome.ESCALATED);
        assertThat(routed.reason()).isEqualTo(Reason.MARGIN_BELOW_MINIMUM);
    }

    @Test
    void rejectsWhenScoreAtRejectThreshold() {
        Routed routed = this.router.route(task(ServiceType.TRACKING, 0.30, 0.10), config(0.92, 0.30, 0.15), NOW);

        assertThat(routed).isInstanceOf(Routed.Rejected.class);
        assertThat(routed.reason()).isEqualTo(Reason.REJECT_THRESHOLD_MET);
    }

    @Test
    void escalatesBetweenRejectAndAcceptThresholds() {
        Routed routed = this.router.route(task(ServiceType.TRACKING, 0.50), config(0.92, 0.30, 0.15), NOW);

        assertThat(routed.reason()).isEqualTo(Reason.BELOW_ACCEPT_THRESHOLD);
        assertThat(routed.outcome()).isEqualTo(DecisionOutcome.ESCALATED);
    }

    @Test
    void neverRejectsWithoutRejectThreshold() {
        Routed routed = this.router.route(task(ServiceType.TRACKING, 0.01), config(0.92, null, 0.15), NOW);

        assertThat(routed.reason()).isEqualTo(Reason.BELOW_ACCEPT_THRESHOLD);
    }

    @Test
    void singleCandidateHasItsConfidenceAsMargin() {
        Routed routed = this.router.route(task(ServiceType.ACTION_RECOGNITION, 0.95), config(0.90, null, 0.15), NOW);

        assertThat(routed.outcome()).isEqualTo(DecisionOutcome.AUTO_ACCEPTED);
        assertThat(routed.proposal().margin()).isEqualTo(0.95);
    }

    @Test
    void escalatesEverythingInReviewAllMode() {
        ThresholdConfig reviewAll = config(ServiceType.TRACKING, 0.5, null, 0.0, ReviewMode.REVIEW_ALL, null);

        Routed routed = this.router.route(task(ServiceType.TRACKING, 0.99), reviewAll, NOW);

        assertThat(routed.reason()).isEqualTo(Reason.REVIEW_ALL);
        assertThat(routed.proposal()).isNotNull();
    }

    @Test
    void escalatesWithoutConfiguration() {
        Routed routed = this.router.route(task(ServiceType.TRACKING, 0.99), null, NOW);

        assertThat(routed.reason()).isEqualTo(Reason.NO_CONFIG);
        assertThat(routed.policy()).isEqualTo("top-candidate");
    }

    @Test
    void escalatesWhenDeadlinePassed() {
        DecisionTask late = task(ServiceType.TRACKING, null, NOW.minusMillis(1), 0.99);

        Routed routed = this.router.route(late, config(0.5, null, 0.0), NOW);

        assertThat(routed.reason()).isEqualTo(Reason.DEADLINE_EXPIRED);
    }

    @Test
    void decidesWhenDeadlineIsNow() {
        DecisionTask onTime = task(ServiceType.TRACKING, null, NOW, 0.99);

        assertThat(this.router.route(onTime, config(0.5, null, 0.0), NOW).outcome()).isEqualTo(DecisionOutcome.AUTO_ACCEPTED);
    }

    @Test
    void escalatesWhenPolicyThrows() {
        DecisionRouter failing = routerWith(new ExplodingPolicy(), System::nanoTime);

        Routed routed = failing.route(task(ServiceType.TRACKING, 0.99), config(0.5, null, 0.0), NOW);

        assertThat(routed.reason()).isEqualTo(Reason.POLICY_ERROR);
        assertThat(routed.detail()).contains("boom");
    }

    @Test
    void escalatesWhenPolicyExceedsTimeBudget() {
        AtomicLong clock = new AtomicLong();
        // Every reading of the clock advances it by 150 ms: the policy "takes" longer than the 100 ms budget.
        DecisionRouter slow = routerWith(new TopCandidatePolicy(ServiceType.TRACKING), () -> clock.getAndAdd(150_000_000L));

        Routed routed = slow.route(task(ServiceType.TRACKING, 0.99), config(0.5, null, 0.0), NOW);

        assertThat(routed.reason()).isEqualTo(Reason.POLICY_TIMEOUT);
        assertThat(routed.outcome()).isEqualTo(DecisionOutcome.ESCALATED);
    }

    @Test
    void cartOverMaximumValueEscalatesEvenWithPerfectLines() {
        ThresholdConfig cart = config(ServiceType.CART_VERIFICATION, 0.97, null, 0.0, ReviewMode.AUTO, new BigDecimal("100.00"));
        DecisionTask expensive = task(ServiceType.CART_VERIFICATION, Map.of("cartValue", 100.01), null, 0.99, 1.0);

        Routed routed = this.router.route(expensive, cart, NOW);

        assertThat(routed.reason()).isEqualTo(Reason.CART_VALUE_OVER_MAX);
        assertThat(routed.detail()).contains("cartValue 100.01 > max 100.00");
    }

    @Test
    void cartAtMaximumValueIsDecidedOnItsWeakestLine() {
        ThresholdConfig cart = config(ServiceType.CART_VERIFICATION, 0.97, null, 0.0, ReviewMode.AUTO, new BigDecimal("100"));
        DecisionTask atMax = task(ServiceType.CART_VERIFICATION, Map.of("cartValue", "100.00"), null, 0.99, 0.97);

        Routed routed = this.router.route(atMax, cart, NOW);

        assertThat(routed.outcome()).isEqualTo(DecisionOutcome.AUTO_ACCEPTED);
        assertThat(routed.proposal().score()).isEqualTo(0.97);
        assertThat(routed.proposal().margin()).isNull();
    }

    @Test
    void cartWithWeakLineEscalates() {
        ThresholdConfig cart = config(ServiceType.CART_VERIFICATION, 0.97, null, 0.0, ReviewMode.AUTO, null);

        Routed routed = this.router.route(task(ServiceType.CART_VERIFICATION, 0.99, 0.96, 1.0), cart, NOW);

        assertThat(routed.reason()).isEqualTo(Reason.BELOW_ACCEPT_THRESHOLD);
        assertThat(routed.proposal().label()).isEqualTo("label-0.96");
    }

    @Test
    void cartWithoutNumericValueEscalatesWhenMaximumIsSet() {
        ThresholdConfig cart = config(ServiceType.CART_VERIFICATION, 0.97, null, 0.0, ReviewMode.AUTO, BigDecimal.TEN);

        assertThat(this.router.route(task(ServiceType.CART_VERIFICATION, 0.99), cart, NOW).reason())
                .isEqualTo(Reason.CART_VALUE_UNKNOWN);
        assertThat(this.router.route(task(ServiceType.CART_VERIFICATION, Map.of("cartValue", "cheap"), null, 0.99), cart, NOW)
                .reason()).isEqualTo(Reason.CART_VALUE_UNKNOWN);
    }

    @Test
    void cartWithoutMaximumIgnoresCartValue() {
        ThresholdConfig cart = config(ServiceType.CART_VERIFICATION, 0.97, null, 0.0, ReviewMode.AUTO, null);

        assertThat(this.router.route(task(ServiceType.CART_VERIFICATION, Map.of("cartValue", 1e9), null, 0.99), cart, NOW)
                .outcome()).isEqualTo(DecisionOutcome.AUTO_ACCEPTED);
    }

    private static DecisionRouter routerWith(DecisionPolicy tracking, java.util.function.LongSupplier nanoTime) {
        return new DecisionRouter(List.of(tracking, new TopCandidatePolicy(ServiceType.PRODUCT_RECOGNITION),
                new TopCandidatePolicy(ServiceType.ACTION_RECOGNITION), new CartVerificationPolicy()),
                Duration.ofMillis(100), nanoTime);
    }

    private static final class ExplodingPolicy implements DecisionPolicy {

        @Override
        public String name() {
            return "exploding";
        }

        @Override
        public ServiceType serviceType() {
            return ServiceType.TRACKING;
        }

        @Override
        public Proposal propose(DecisionTask task, ThresholdConfig config) {
            throw new IllegalStateException("boom");
        }
    }
}
