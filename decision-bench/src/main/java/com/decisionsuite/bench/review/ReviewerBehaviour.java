package com.decisionsuite.bench.review;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import com.decisionsuite.bench.results.DecisionJudge;
import com.decisionsuite.bench.workload.GroundTruth;

/**
 * Decides what a simulated reviewer does with an item: answer from the ground truth (sometimes wrongly),
 * release it, or abandon it. Pure; the randomness is passed in.
 */
public final class ReviewerBehaviour {

    private final ReviewerShape shape;

    public ReviewerBehaviour(ReviewerShape shape) {
        this.shape = shape;
    }

    public ReviewPlan plan(GroundTruth truth, String proposedLabel, List<String> candidateLabels, SplittableRandom random) {
        Duration hold = thinkTime(random);
        double fate = random.nextDouble();
        if (fate < this.shape.abandonRate()) {
            return new ReviewPlan.Abandon(hold);
        }
        if (fate < this.shape.abandonRate() + this.shape.releaseRate()) {
            return new ReviewPlan.Release(hold.dividedBy(4));
        }
        DecisionJudge.Answer right = DecisionJudge.rightAnswer(truth, proposedLabel);
        if (random.nextDouble() < this.shape.errorRate()) {
            DecisionJudge.Answer wrong = wrongAnswer(truth, right, proposedLabel, candidateLabels, random);
            return new ReviewPlan.Answer(wrong.verdict(), wrong.label(), hold, true);
        }
        return new ReviewPlan.Answer(right.verdict(), right.label(), hold, false);
    }

    /** Exponential around the mean with a floor and a cap: most items are quick, a few take long. */
    Duration thinkTime(SplittableRandom random) {
        long meanMicros = this.shape.meanThinkTime().toNanos() / 1_000;
        double factor = Math.min(4.0, 0.2 + 0.8 * -Math.log(1.0 - random.nextDouble()));
        return Duration.ofNanos((long) (meanMicros * factor) * 1_000);
    }

    private static DecisionJudge.Answer wrongAnswer(GroundTruth truth, DecisionJudge.Answer right, String proposedLabel,
            List<String> candidateLabels, SplittableRandom random) {
        if (truth instanceof GroundTruth.Receipt) {
            return right.verdict() == Verdict.CONFIRM
                    ? new DecisionJudge.Answer(Verdict.REJECT_ALL, null)
                    : new DecisionJudge.Answer(Verdict.CONFIRM, proposedLabel);
        }
        if (right.verdict() != Verdict.CONFIRM && proposedLabel != null) {
            // Waving the model's proposal through is the typical human slip.
            return new DecisionJudge.Answer(Verdict.CONFIRM, proposedLabel);
        }
        if (right.verdict() == Verdict.CORRECT) {
            // No proposal to wave through (the API refuses CONFIRM then): the slip is rejecting every candidate.
            return new DecisionJudge.Answer(Verdict.REJECT_ALL, null);
        }
        List<String> others = candidateLabels.stream().filter(label -> !label.equals(right.label())).toList();
        if (others.isEmpty()) {
            return new DecisionJudge.Answer(Verdict.REJECT_ALL, null);
        }
        return new DecisionJudge.Answer(Verdict.CORRECT, others.get(random.nextInt(others.size())));
    }
}
