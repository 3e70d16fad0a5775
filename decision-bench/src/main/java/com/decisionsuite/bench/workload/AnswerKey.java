package com.decisionsuite.bench.workload;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ground truth of any simulated task, from its id alone: the id carries seed, run and sequence number, and
 * the generator is pure. Tasks of earlier runs with the same chain size are judged the same way.
 */
public final class AnswerKey {

    private final int stores;

    private final long driftHorizonTasks;

    private final Map<Long, WorkloadGenerator> generators = new ConcurrentHashMap<>();

    public AnswerKey(int stores, long driftHorizonTasks) {
        this.stores = stores;
        this.driftHorizonTasks = driftHorizonTasks;
    }

    /** The truth behind a simulated task id; empty for a task the simulator did not make. */
    public Optional<GroundTruth> truthOf(String taskId) {
        return TaskIds.parse(taskId).map(ref -> this.generators
                .computeIfAbsent(ref.seed(), seed -> new WorkloadGenerator(seed, StoreChain.generate(seed, this.stores),
                        ServiceMix.retail(), this.driftHorizonTasks))
                .generate(ref.runTag(), ref.seq(), Instant.EPOCH)
                .truth());
    }
}
