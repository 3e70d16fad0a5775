package com.decisionsuite.api.review;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the review queue: one item in full, filtered pages of summaries.
 */
@Service
class ReviewReads {

    private static final Sort QUEUE_ORDER = Sort.by("deadlineAt", "id");

    private final ReviewItemRepository items;

    private final ReviewVerdictRepository verdicts;

    private final DecisionAudit decisions;

    private final Clock clock = Clock.systemUTC();

    ReviewReads(ReviewItemRepository items, ReviewVerdictRepository verdicts, DecisionAudit decisions) {
        this.items = items;
        this.verdicts = verdicts;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public ReviewResponse get(long reviewId) {
        ReviewItem item = this.items.findById(reviewId).orElseThrow(() -> new ReviewNotFoundException(reviewId));
        AuditedDecision decision = this.decisions.find(item.taskId()).orElse(null);
        VerdictView verdict = item.status() == ReviewStatus.DONE
                ? this.verdicts.findByReviewId(reviewId).map(VerdictView::of).orElse(null) : null;
        return new ReviewResponse(ReviewSummary.of(item, this.clock.instant()),
                decision == null ? null : decision.taskJson(), decision == null ? null : ProposalView.of(decision),
                decision == null ? null : ReasonView.of(decision), verdict);
    }

    /** Items in queue order: earliest deadline first, then insertion order. */
    @Transactional(readOnly = true)
    public ReviewPage list(ReviewFilter filter, int page, int size) {
        Instant now = this.clock.instant();
        Page<ReviewItem> found = this.items.findAll(filter.toSpecification(now), PageRequest.of(page, size, QUEUE_ORDER));
        return new ReviewPage(found.map(item -> ReviewSummary.of(item, now)).getContent(), page, size,
                found.getTotalElements(), found.getTotalPages());
    }
}
