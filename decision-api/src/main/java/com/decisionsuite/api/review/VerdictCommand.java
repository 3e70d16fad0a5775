package com.decisionsuite.api.review;

/**
 * A validated verdict: only CORRECT carries a label, and it must.
 */
record VerdictCommand(String leaseToken, Verdict verdict, String label, String notes) {

    static final int MAX_LABEL_LENGTH = 128;

    static final int MAX_NOTES_LENGTH = 2000;

    VerdictCommand {
        leaseToken = requireToken(leaseToken);
        if (verdict == null) {
            throw new InvalidReviewFieldException("verdict", "is required: CONFIRM, CORRECT or REJECT_ALL");
        }
        if (verdict == Verdict.CORRECT && (label == null || label.isBlank())) {
            throw new InvalidReviewFieldException("label", "is required with CORRECT");
        }
        if (verdict != Verdict.CORRECT && label != null) {
            throw new InvalidReviewFieldException("label", "only CORRECT takes a label");
        }
        if (label != null && label.length() > MAX_LABEL_LENGTH) {
            throw new InvalidReviewFieldException("label", "must be at most " + MAX_LABEL_LENGTH + " characters");
        }
        if (notes != null && notes.length() > MAX_NOTES_LENGTH) {
            throw new InvalidReviewFieldException("notes", "must be at most " + MAX_NOTES_LENGTH + " characters");
        }
    }

    static String requireToken(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidReviewFieldException("leaseToken", "is required");
        }
        return token;
    }
}
