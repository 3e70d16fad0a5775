package com.decisionsuite.api.review;

import java.time.Instant;
import java.util.List;

import com.decisionsuite.model.ServiceType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The state of the review queue now, and what reviewers decided in the window [from, to).
 */
@Schema(description = "Queue depth now; verdicts per hour and model-vs-human agreement within [from, to)")
record ReviewStatsResponse(
        Instant asOf,
        @Schema(description = "When the queue figures were read: now for one store's queue, up to "
                + "decision.review.metrics-refresh (15 s) earlier across stores, whose scan is shared")
        Instant queuesAsOf,
        Instant from,
        Instant to,
        Totals totals,
        List<Queue> queues,
        List<Hour> verdictsPerHour,
        List<Agreement> agreement) {

    /** Sums over every listed queue, and verdict counts of the window. */
    record Totals(long pending, long inReview, long overdue, long oldestPendingAgeSeconds, long escalationVerdicts,
            long auditVerdicts) {
    }

    /** Open work of one store and service type. */
    record Queue(String storeId, ServiceType serviceType, long pending, long inReview, long overdue,
            long oldestPendingAgeSeconds) {
    }

    /** Verdicts in one UTC hour, escalations and audits apart. */
    record Hour(Instant hour, long escalations, long audits) {
    }

    /** Agreement of human and model for one store and service type, escalations and audits apart. */
    record Agreement(String storeId, ServiceType serviceType, Rate escalations, Rate audits) {
    }

    /** Agreement within a set of verdicts; {@code agreementRate} is null when there were none. */
    record Rate(long verdicts, long agreements, long disagreements, Double agreementRate) {

        static final Rate NONE = new Rate(0, 0, 0, null);

        static Rate of(long verdicts, long agreements) {
            return new Rate(verdicts, agreements, verdicts - agreements,
                    verdicts == 0 ? null : (double) agreements / verdicts);
        }
    }
}
