package com.decisionsuite.worker.routing;

/**
 * What a policy makes of a task's candidates before thresholds are applied.
 *
 * @param label the proposed label
 * @param score the confidence the thresholds are compared with
 * @param margin distance to the runner-up; null when the policy has no runner-up notion (cart lines)
 * @param veto a reason that forces escalation whatever the score, or null
 * @param detail a short human explanation of how score and margin came about
 */
public record Proposal(String label, double score, Double margin, Reason veto, String detail) {

    public Proposal {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label is required");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be within [0, 1], was " + score);
        }
        if (margin != null && !(margin >= 0.0 && margin <= 1.0)) {
            throw new IllegalArgumentException("margin must be within [0, 1], was " + margin);
        }
        if (detail == null) {
            detail = "";
        }
    }

    static Proposal of(String label, double score, Double margin, String detail) {
        return new Proposal(label, score, margin, null, detail);
    }

    Proposal vetoed(Reason reason, String why) {
        return new Proposal(this.label, this.score, this.margin, reason, this.detail + "; " + why);
    }
}
