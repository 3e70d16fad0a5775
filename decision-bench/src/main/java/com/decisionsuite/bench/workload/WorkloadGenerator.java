package com.decisionsuite.bench.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;

/**
 * Turns a sequence number into a task and its ground truth. Pure and random-access: the same seed and number
 * always give the same task, which is how the answer key is regenerated from a task id instead of being stored.
 */
public final class WorkloadGenerator {

    /** How long after the event a cart's receipt must be settled. */
    static final Duration CART_DEADLINE = Duration.ofMinutes(10);

    private final long seed;

    private final StoreChain chain;

    private final ServiceMix mix;

    private final long driftHorizonTasks;

    /**
     * @param driftHorizonTasks after how many tasks of the run a drifting store has fully drifted
     */
    public WorkloadGenerator(long seed, StoreChain chain, ServiceMix mix, long driftHorizonTasks) {
        if (chain == null || mix == null || driftHorizonTasks < 1) {
            throw new IllegalArgumentException("chain, mix and a positive drift horizon are required");
        }
        this.seed = seed;
        this.chain = chain;
        this.mix = mix;
        this.driftHorizonTasks = driftHorizonTasks;
    }

    public long seed() {
        return this.seed;
    }

    public StoreChain chain() {
        return this.chain;
    }

    /**
     * The task number {@code seq} of a run; {@code now} only places it in time (occurredAt, deadline) and never
     * changes its content or truth.
     */
    public SimulatedTask generate(String runTag, long seq, Instant now) {
        SplittableRandom random = new SplittableRandom(mix64(this.seed * 0x9E3779B97F4A7C15L + seq));
        StoreProfile store = this.chain.pick(random.nextDouble());
        ServiceType type = this.mix.pick(random.nextDouble());
        double progress = Math.min(1.0, seq / (double) this.driftHorizonTasks);
        Draw draw = type == ServiceType.CART_VERIFICATION
                ? ReceiptDraw.draw(random, store, progress)
                : JudgementDraw.draw(type, random, store, progress);
        Instant occurredAt = now.minusMillis(20 + random.nextInt(280));
        Instant deadline = type == ServiceType.CART_VERIFICATION ? occurredAt.plus(CART_DEADLINE) : null;
        String subjectId = subjectPrefix(type) + random.nextInt(1_000_000);
        DecisionTask task = new DecisionTask(TaskIds.format(this.seed, runTag, seq), type, store.storeId(), subjectId,
                draw.candidates(), draw.context(), occurredAt, deadline, DecisionTask.CURRENT_SCHEMA_VERSION);
        return new SimulatedTask(seq, task, draw.truth(), store);
    }

    private static String subjectPrefix(ServiceType type) {
        return switch (type) {
            case TRACKING -> "session-";
            case CART_VERIFICATION -> "cart-";
            case PRODUCT_RECOGNITION, ACTION_RECOGNITION -> "shopper-";
        };
    }

    /** Stafford's variant 13 finaliser: neighbouring sequence numbers get unrelated random streams. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
