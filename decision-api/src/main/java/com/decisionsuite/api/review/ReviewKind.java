package com.decisionsuite.api.review;

/**
 * Why an item is in the review queue: the worker escalated the task, or sampled an automatic decision for audit.
 */
public enum ReviewKind {

    /** The human verdict is the task's final decision. */
    ESCALATION,

    /** The human verdict only measures the automatic decision, which stands. */
    AUDIT
}
