package com.decisionsuite.api.review;

import java.time.Instant;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A claimed item with everything a reviewer needs to decide it, and the lease to send back.
 *
 * @param task the task exactly as accepted at intake, candidates and context included
 */
@Schema(description = "A leased review item: the task, the model's proposal, why it is in review, and the lease")
record ClaimResponse(
        long reviewId,
        String taskId,
        ReviewKind kind,
        ServiceType serviceType,
        String storeId,
        Instant deadlineAt,
        boolean overdue,
        int claimCount,
        String leaseToken,
        Instant leaseExpiresAt,
        @Schema(implementation = DecisionTask.class) @JsonRawValue String task,
        ProposalView proposal,
        ReasonView why) {

    static ClaimResponse of(ReviewLeases.Lease lease, AuditedDecision decision) {
        ReviewItem item = lease.item();
        return new ClaimResponse(item.id(), item.taskId(), item.kind(), item.serviceType(), item.storeId(),
                item.deadlineAt(), item.overdueAt(item.claimedAt()), item.claimCount(), lease.token(),
                lease.expiresAt(), decision == null ? null : decision.taskJson(),
                decision == null ? null : ProposalView.of(decision), decision == null ? null : ReasonView.of(decision));
    }
}
