package com.decisionsuite.api.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The append-only verdicts, one per review item.
 */
interface ReviewVerdictRepository extends JpaRepository<ReviewVerdict, Long> {

    Optional<ReviewVerdict> findByReviewId(long reviewId);

    Optional<ReviewVerdict> findFirstByTaskIdAndKind(String taskId, ReviewKind kind);
}
