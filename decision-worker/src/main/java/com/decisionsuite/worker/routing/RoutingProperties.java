package com.decisionsuite.worker.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing limits.
 *
 * @param policyTimeBudget time a policy may take for one task before the task escalates with POLICY_TIMEOUT
 * @param defaultReviewDeadline review deadline of items escalated without any configuration
 */
@ConfigurationProperties("decision.worker")
public record RoutingProperties(Duration policyTimeBudget, Duration defaultReviewDeadline) {

    public RoutingProperties {
        policyTimeBudget = policyTimeBudget == null ? Duration.ofMillis(100) : policyTimeBudget;
        defaultReviewDeadline = defaultReviewDeadline == null ? Duration.ofMinutes(15) : defaultReviewDeadline;
        if (policyTimeBudget.isNegative() || policyTimeBudget.isZero() || defaultReviewDeadline.isNegative()
                || defaultReviewDeadline.isZero()) {
            throw new IllegalArgumentException("decision.worker.policy-time-budget and default-review-deadline must be positive");
        }
    }
}
