package com.decisionsuite.api.review;

import com.decisionsuite.model.DecisionOutcome;

/**
 * What the model stood for on a task, as the worker's audit row recorded it.
 *
 * @param outcome the worker's outcome
 * @param proposedLabel the top candidate the worker considered, possibly null (e.g. no usable candidate)
 */
record ModelPosition(DecisionOutcome outcome, String proposedLabel) {

    ModelPosition {
        if (outcome == null) {
            throw new IllegalArgumentException("outcome is required");
        }
    }

    /** The label the model's decision amounts to: none when it rejected every candidate. */
    String standsFor() {
        return this.outcome == DecisionOutcome.AUTO_REJECTED ? null : this.proposedLabel;
    }

    /** An escalation without a proposal offers nothing a reviewer could confirm. */
    boolean confirmable() {
        return this.outcome != DecisionOutcome.ESCALATED || this.proposedLabel != null;
    }
}
