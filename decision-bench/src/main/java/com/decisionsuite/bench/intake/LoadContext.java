package com.decisionsuite.bench.intake;

import com.decisionsuite.bench.BenchProperties.Intake;
import com.decisionsuite.bench.measure.RunMetrics;
import com.decisionsuite.bench.measure.TaskLedger;
import com.decisionsuite.bench.workload.WorkloadGenerator;

/**
 * Everything a load driver shares with the rest of the run.
 */
public record LoadContext(WorkloadGenerator generator, String runTag, TaskLedger ledger, RunMetrics metrics,
        IntakeClient intake, InFlightWindow window, Intake mode, int batchSize) {

    /** Tasks per request. */
    public int unit() {
        return this.mode == Intake.SINGLE ? 1 : this.batchSize;
    }
}
