package com.decisionsuite.worker.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * Two-level routing: the service type picks the policy, the store's configuration judges its proposal.
 * Any doubt (no configuration, an expired deadline, a failing or slow policy) escalates.
 */
public final class DecisionRouter {

    private final Map<ServiceType, DecisionPolicy> policies = new EnumMap<>(ServiceType.class);

    private final long budgetNanos;

    private final LongSupplier nanoTime;

    /** A router with the built-in policy of every service type. */
    public DecisionRouter(Duration policyTimeBudget) {
        this(List.of(new TopCandidatePolicy(ServiceType.TRACKING),
                new TopCandidatePolicy(ServiceType.PRODUCT_RECOGNITION),
                new TopCandidatePolicy(ServiceType.ACTION_RECOGNITION),
                new CartVerificationPolicy()), policyTimeBudget, System::nanoTime);
        warmUp();
    }

    DecisionRouter(List<DecisionPolicy> policies, Duration policyTimeBudget, LongSupplier nanoTime) {
        policies.forEach(policy -> this.policies.put(policy.serviceType(), policy));
        for (ServiceType type : ServiceType.values()) {
            if (!this.policies.containsKey(type)) {
                throw new IllegalStateException("No decision policy for service type " + type);
            }
        }
        this.budgetNanos = policyTimeBudget.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Decides one task.
     *
     * @param config the effective configuration (store's own or the type's default), or null when none exists
     */
    public Routed route(DecisionTask task, ThresholdConfig config, Instant now) {
        DecisionPolicy policy = this.policies.get(task.serviceType());
        if (task.deadline() != null && now.isAfter(task.deadline())) {
            return new Routed.Escalated(policy.name(), null, config, Reason.DEADLINE_EXPIRED,
                    "deadline " + task.deadline() + " passed at " + now);
        }
        if (config == null) {
            return new Routed.Escalated(policy.name(), null, null, Reason.NO_CONFIG,
                    "no configuration for store or service type default");
        }
        Proposal proposal;
        long started = this.nanoTime.getAsLong();
        try {
            proposal = policy.propose(task, config);
        }
        catch (RuntimeException ex) {
            return new Routed.Escalated(policy.name(), null, config, Reason.POLICY_ERROR, truncate(String.valueOf(ex)));
        }
        long took = this.nanoTime.getAsLong() - started;
        if (took > this.budgetNanos) {
            return new Routed.Escalated(policy.name(), null, config, Reason.POLICY_TIMEOUT,
                    "policy took " + Duration.ofNanos(took).toMillis() + " ms, budget "
                            + Duration.ofNanos(this.budgetNanos).toMillis() + " ms");
        }
        return judge(policy.name(), proposal, config);
    }

    // The first call of a policy loads and links classes, which can exceed the time budget and would escalate
    // the first real tasks after a start for no reason of theirs.
    private void warmUp() {
        Instant at = Instant.EPOCH;
        for (DecisionPolicy policy : this.policies.values()) {
            DecisionTask sample = new DecisionTask("warm-up", policy.serviceType(), "warm-up", null,
                    List.of(new Candidate("a", 0.9), new Candidate("b", 0.1)), Map.of("cartValue", 1), at, null, 1);
            ThresholdConfig config = new ThresholdConfig("warm-up", policy.serviceType(), 1, 0.5, 0.1, 0.1,
                    ReviewMode.AUTO, 0.0, java.math.BigDecimal.TEN, Duration.ofMinutes(1), "system", at);
            for (int i = 0; i < 200; i++) {
                route(sample, config, at);
            }
        }
    }

    private static Routed judge(String policy, Proposal proposal, ThresholdConfig config) {
        String basis = proposal.detail();
        if (proposal.veto() != null) {
            return new Routed.Escalated(policy, proposal, config, proposal.veto(), basis);
        }
        if (config.mode() == ReviewMode.REVIEW_ALL) {
            return new Routed.Escalated(policy, proposal, config, Reason.REVIEW_ALL, basis + "; store reviews all");
        }
        boolean scoreMet = proposal.score() >= config.acceptThreshold();
        boolean marginMet = proposal.margin() == null || proposal.margin() >= config.minMargin();
        if (scoreMet && marginMet) {
            return new Routed.Accepted(policy, proposal, config, basis + "; score " + proposal.score() + " >= accept "
                    + config.acceptThreshold() + marginText(proposal, config, ">="));
        }
        if (config.rejectThreshold() != null && proposal.score() <= config.rejectThreshold()) {
            return new Routed.Rejected(policy, proposal, config,
                    basis + "; score " + proposal.score() + " <= reject " + config.rejectThreshold());
        }
        if (scoreMet) {
            return new Routed.Escalated(policy, proposal, config, Reason.MARGIN_BELOW_MINIMUM,
                    basis + marginText(proposal, config, "<"));
        }
        return new Routed.Escalated(policy, proposal, config, Reason.BELOW_ACCEPT_THRESHOLD,
                basis + "; score " + proposal.score() + " < accept " + config.acceptThreshold());
    }

    private static String marginText(Proposal proposal, ThresholdConfig config, String relation) {
        return proposal.margin() == null ? ""
                : "; margin " + proposal.margin() + " " + relation + " min " + config.minMargin();
    }

    private static String truncate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400);
    }
}
