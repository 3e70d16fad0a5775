package com.decisionsuite.model;

/**
 * What the worker made of a task.
 */
public enum DecisionOutcome {

    /** Confidence and margin cleared the store's thresholds. */
    AUTO_ACCEPTED,

    /** Confidence fell to or below the store's reject threshold. */
    AUTO_REJECTED,

    /** A human decides: thresholds not met, or any doubt (no config, expired deadline, policy failure). */
    ESCALATED
}
