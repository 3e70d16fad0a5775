package com.decisionsuite.api.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a verdict and closes its item in one transaction; an escalation's verdict then reaches
 * {@code decision-results} through the worker's result relay, an audit's only measures the automatic decision.
 */
@Service
class VerdictRecorder {

    private final ReviewItemRepository items;

    private final ReviewVerdictRepository verdicts;

    private final DecisionAudit decisions;

    private final ApplicationEventPublisher events;

    private final Clock clock = Clock.systemUTC();

    VerdictRecorder(ReviewItemRepository items, ReviewVerdictRepository verdicts, DecisionAudit decisions,
            ApplicationEventPublisher events) {
        this.items = items;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.events = events;
    }

    @Transactional
    public RecordedVerdict record(long reviewId, VerdictCommand command) {
        ReviewItem item = this.items.findLocked(reviewId).orElseThrow(() -> new ReviewNotFoundException(reviewId));
        if (item.status() == ReviewStatus.DONE) {
            return replay(item, command);
        }
        // Whole seconds, as MariaDB behind mysql-connector-j stores them, so a repeated verdict reads back the same.
        Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ReviewLeases.requireHeld(item, command.leaseToken(), now);
        ModelPosition position = this.decisions.find(item.taskId())
                .orElseThrow(() -> new IllegalStateException("no decision row for task " + item.taskId()))
                .position();
        if (command.verdict() == Verdict.CONFIRM && !position.confirmable()) {
            throw new NothingToConfirmException(reviewId);
        }
        Judgement judgement = Judgement.of(position, command.verdict(), command.label());
        ReviewVerdict verdict = this.verdicts.save(new ReviewVerdict(item, command, judgement, now));
        item.close(now);
        this.events.publishEvent(new VerdictRecorded(item.serviceType(), item.kind(), command.verdict(),
                judgement.agreesWithModel()));
        return new RecordedVerdict(verdict, false);
    }

    private RecordedVerdict replay(ReviewItem item, VerdictCommand command) {
        ReviewVerdict existing = this.verdicts.findByReviewId(item.id())
                .orElseThrow(() -> new IllegalStateException("review item " + item.id() + " is DONE without a verdict"));
        if (!existing.repeatedBy(command)) {
            throw new AlreadyDecidedException(item.id(), existing.verdict());
        }
        return new RecordedVerdict(existing, true);
    }

    /** The verdict on record and whether this call only repeated it. */
    record RecordedVerdict(ReviewVerdict verdict, boolean replayed) {
    }
}
