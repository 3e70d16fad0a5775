package com.decisionsuite.worker.routing;

/**
 * Why a task got its outcome; the constant names are the stable codes stored in {@code decision.reason}.
 */
public enum Reason {
    /** Score and margin cleared the accept threshold and minimum margin. */
    ACCEPT_THRESHOLD_MET,
    /** Score at or below the reject threshold. */
    REJECT_THRESHOLD_MET,
    /** Score between the thresholds (or below accept with no reject threshold). */
    BELOW_ACCEPT_THRESHOLD,
    /** Score cleared the accept threshold but the runner-up was too close. */
    MARGIN_BELOW_MINIMUM,
    /** The store reviews every task of this type. */
    REVIEW_ALL,
    /** Neither the store nor the service type has a configuration. */
    NO_CONFIG,
    /** The task's deadline had passed when the worker decided. */
    DEADLINE_EXPIRED,
    /** The policy threw. */
    POLICY_ERROR,
    /** The policy took longer than its time budget. */
    POLICY_TIMEOUT,
    /** Cart value above the store's maximum for automatic decisions. */
    CART_VALUE_OVER_MAX,
    /** A maximum cart value is configured but the task carries no numeric cart value. */
    CART_VALUE_UNKNOWN
}
