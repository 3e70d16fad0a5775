package com.decisionsuite.bench.workload;

import com.decisionsuite.model.DecisionTask;

/**
 * A generated task as the suite sees it, with the truth the suite must not see.
 */
public record SimulatedTask(long seq, DecisionTask task, GroundTruth truth, StoreProfile store) {

    public SimulatedTask {
        if (seq < 0 || task == null || truth == null || store == null) {
            throw new IllegalArgumentException("seq, task, truth and store are required");
        }
    }
}
