package com.decisionsuite.bench.results;

import java.util.Objects;

import com.decisionsuite.bench.review.Verdict;
import com.decisionsuite.bench.workload.GroundTruth;
import com.decisionsuite.model.DecisionOutcome;

/**
 * Scores decisions against the ground truth: automatic outcomes (precision of automation) and human verdicts.
 */
public final class DecisionJudge {

    private DecisionJudge() {
    }

    /** The verdict a perfect reviewer gives, with its final label (null when nothing is accepted). */
    public record Answer(Verdict verdict, String label) {
    }

    /**
     * Whether an automatic outcome was right: an acceptance when the proposal is the truth (for a cart: the
     * receipt is right), a rejection when it is not. Escalations are not automatic decisions.
     */
    public static boolean automaticDecisionRight(GroundTruth truth, DecisionOutcome outcome, String proposedLabel) {
        boolean proposalRight = proposalRight(truth, proposedLabel);
        return switch (outcome) {
            case AUTO_ACCEPTED -> proposalRight;
            case AUTO_REJECTED -> !proposalRight;
            case ESCALATED -> throw new IllegalArgumentException("an escalation is not an automatic decision");
        };
    }

    /** Whether a reviewer's final decision matches the truth. */
    public static boolean verdictRight(GroundTruth truth, Verdict verdict, String finalLabel) {
        if (truth instanceof GroundTruth.Receipt receipt) {
            return (verdict == Verdict.CONFIRM) == receipt.correct();
        }
        if (verdict == Verdict.REJECT_ALL) {
            return truth instanceof GroundTruth.NoneOfThem;
        }
        return truth instanceof GroundTruth.Label label && label.label().equals(finalLabel);
    }

    /** What a reviewer who knows the truth answers to the model's proposal. */
    public static Answer rightAnswer(GroundTruth truth, String proposedLabel) {
        if (truth instanceof GroundTruth.Receipt receipt) {
            return receipt.correct() ? new Answer(Verdict.CONFIRM, proposedLabel) : new Answer(Verdict.REJECT_ALL, null);
        }
        if (truth instanceof GroundTruth.Label label) {
            return label.label().equals(proposedLabel)
                    ? new Answer(Verdict.CONFIRM, proposedLabel)
                    : new Answer(Verdict.CORRECT, label.label());
        }
        return new Answer(Verdict.REJECT_ALL, null);
    }

    private static boolean proposalRight(GroundTruth truth, String proposedLabel) {
        if (truth instanceof GroundTruth.Receipt receipt) {
            return receipt.correct();
        }
        return truth instanceof GroundTruth.Label label && Objects.equals(label.label(), proposedLabel);
    }
}
