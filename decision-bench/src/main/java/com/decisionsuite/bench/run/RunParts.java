package com.decisionsuite.bench.run;

import java.time.Instant;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.measure.RunMetrics;
import com.decisionsuite.bench.measure.TaskLedger;
import com.decisionsuite.bench.workload.ServiceMix;
import com.decisionsuite.bench.workload.StoreChain;
import com.decisionsuite.bench.workload.TaskIds;
import com.decisionsuite.bench.workload.WorkloadGenerator;

/**
 * What every run starts from: its identity, the simulated chain and workload, and empty books.
 */
record RunParts(Instant startedAt, String runTag, WorkloadGenerator generator, TaskLedger ledger, RunMetrics metrics) {

    static RunParts create(BenchProperties properties) {
        Instant startedAt = Instant.now();
        StoreChain chain = StoreChain.generate(properties.seed(), properties.stores());
        WorkloadGenerator generator = new WorkloadGenerator(properties.seed(), chain, ServiceMix.retail(),
                properties.driftHorizonTasks());
        return new RunParts(startedAt, TaskIds.runTag(startedAt.toEpochMilli()), generator,
                new TaskLedger(System.nanoTime()), new RunMetrics());
    }

    String runPrefix() {
        return TaskIds.runPrefix(this.generator.seed(), this.runTag);
    }

    /** A representative task's wire JSON, for sizing ceilings like the real entries. */
    String sampleTaskJson() {
        return com.decisionsuite.model.WireCodec.writeTask(this.generator.generate("ceiling", 1, Instant.now()).task());
    }

    static long epochMicrosNow() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
