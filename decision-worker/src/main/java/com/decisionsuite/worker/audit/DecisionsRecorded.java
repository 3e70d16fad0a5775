package com.decisionsuite.worker.audit;

/**
 * A batch of decisions was committed to the audit trail, so the result relay has rows to publish.
 *
 * @param count decision rows the transaction wrote (redelivered tasks already recorded are not counted)
 */
public record DecisionsRecorded(int count) {

    public DecisionsRecorded {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
    }
}
