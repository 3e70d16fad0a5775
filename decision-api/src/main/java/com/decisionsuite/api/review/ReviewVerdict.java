package com.decisionsuite.api.review;

import java.time.Instant;
import java.util.Objects;

import com.decisionsuite.model.ServiceType;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A human decision on one review item, append-only; the worker's result relay publishes the escalation ones.
 */
@Entity
@Immutable
@Table(name = "review_verdict")
class ReviewVerdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reviewId;

    private String taskId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    @Convert(converter = ServiceTypeColumn.class)
    private ServiceType serviceType;

    private String storeId;

    @Enumerated(EnumType.STRING)
    private Verdict verdict;

    private String finalLabel;

    private String modelLabel;

    private boolean agreesWithModel;

    private String notes;

    private String reviewer;

    @Column(columnDefinition = "char(36)")
    private String leaseToken;

    private Instant decidedAt;

    protected ReviewVerdict() {
    }

    ReviewVerdict(ReviewItem item, VerdictCommand command, Judgement judgement, Instant decidedAt) {
        this.reviewId = item.id();
        this.taskId = item.taskId();
        this.kind = item.kind();
        this.serviceType = item.serviceType();
        this.storeId = item.storeId();
        this.verdict = command.verdict();
        this.finalLabel = judgement.finalLabel();
        this.modelLabel = judgement.modelLabel();
        this.agreesWithModel = judgement.agreesWithModel();
        this.notes = command.notes();
        this.reviewer = item.claimedBy();
        this.leaseToken = command.leaseToken();
        this.decidedAt = decidedAt;
    }

    /** A retry of the request that produced this verdict: same lease, same verdict, same label. */
    boolean repeatedBy(VerdictCommand command) {
        return this.leaseToken.equals(command.leaseToken()) && this.verdict == command.verdict()
                && (command.verdict() != Verdict.CORRECT || Objects.equals(this.finalLabel, command.label()));
    }

    long reviewId() {
        return this.reviewId;
    }

    String taskId() {
        return this.taskId;
    }

    ReviewKind kind() {
        return this.kind;
    }

    ServiceType serviceType() {
        return this.serviceType;
    }

    String storeId() {
        return this.storeId;
    }

    Verdict verdict() {
        return this.verdict;
    }

    String finalLabel() {
        return this.finalLabel;
    }

    String modelLabel() {
        return this.modelLabel;
    }

    boolean agreesWithModel() {
        return this.agreesWithModel;
    }

    String notes() {
        return this.notes;
    }

    String reviewer() {
        return this.reviewer;
    }

    Instant decidedAt() {
        return this.decidedAt;
    }
}
