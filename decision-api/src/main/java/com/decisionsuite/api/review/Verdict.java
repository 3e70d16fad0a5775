package com.decisionsuite.api.review;

/**
 * What a reviewer can decide about the model's proposal.
 */
public enum Verdict {

    /** The model's proposal stands (for an automatic rejection: the rejection stands). */
    CONFIRM,

    /** Another label is right; the reviewer names it. */
    CORRECT,

    /** No candidate is right. */
    REJECT_ALL
}
