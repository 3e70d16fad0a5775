package com.decisionsuite.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the simulator and benchmark ({@code bench.*}). Settings left empty take the mode's default
 * (see {@link com.decisionsuite.bench.run.RunPlan}), so {@code --bench.mode=demo} alone gives the one-minute demo.
 *
 * @param mode demo, open-loop, closed-loop or drain
 * @param intake single (one POST per task) or batch ({@code POST /v1/tasks/batch}); empty: single for the demo,
 *        batch otherwise
 * @param duration measured load phase; empty: 45s for the demo, 2m otherwise
 * @param warmUp load before measuring, discarded from the figures; empty: 10 s for the demo, 5 min otherwise (JIT on two shared cores)
 * @param rate open-loop tasks per second; empty: 1,000
 * @param batchSize tasks per batch POST (1..500)
 * @param concurrency sender threads (one keep-alive connection each); empty: 16 for single, 4 for batch
 * @param maxUndecided closed loop: accepted-but-undecided tasks allowed in flight, so the measured rate is end to end
 * @param driftHorizonTasks after how many tasks a drifting store has fully drifted
 * @param settleTimeout how long to wait after the load for every accepted task to be decided
 * @param configureThresholds apply the chain's per-store thresholds through config-service before the load
 * @param reviewStatsInterval how often to read the review queue from {@code GET /v1/reviews/stats}
 */
@ConfigurationProperties("bench")
public record BenchProperties(
        @DefaultValue("closed-loop") Mode mode,
        Intake intake,
        Duration duration,
        Duration warmUp,
        Integer rate,
        @DefaultValue("500") int batchSize,
        Integer concurrency,
        @DefaultValue("40000") int maxUndecided,
        @DefaultValue("42") long seed,
        @DefaultValue("120") int stores,
        @DefaultValue("60000") long driftHorizonTasks,
        @DefaultValue("60s") Duration settleTimeout,
        @DefaultValue("true") boolean configureThresholds,
        @DefaultValue("5s") Duration reviewStatsInterval,
        @DefaultValue("bench-results") Path resultsDir,
        @DefaultValue("run") Path runDir,
        @DefaultValue Endpoints endpoints,
        @DefaultValue Reviewers reviewers,
        @DefaultValue Drain drain,
        @DefaultValue Ceilings ceilings) {

    public BenchProperties {
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("bench.batch-size must be within 1..500, was " + batchSize);
        }
        if (rate != null && rate < 1) {
            throw new IllegalArgumentException("bench.rate must be positive, was " + rate);
        }
        if (concurrency != null && concurrency < 1) {
            throw new IllegalArgumentException("bench.concurrency must be positive, was " + concurrency);
        }
        if (maxUndecided < batchSize) {
            throw new IllegalArgumentException("bench.max-undecided must be at least bench.batch-size");
        }
        if (stores < 1) {
            throw new IllegalArgumentException("bench.stores must be positive, was " + stores);
        }
    }

    /** What the run does. */
    public enum Mode {
        DEMO, OPEN_LOOP, CLOSED_LOOP, DRAIN
    }

    /** How tasks reach decision-api. */
    public enum Intake {
        SINGLE, BATCH
    }

    /**
     * Where the suite and its infrastructure answer.
     *
     * @param mysql JDBC URL of the MySQL server (no database): observation and the insert ceiling only
     * @param mysqlDatabase the suite's database, whose audit trail is observed
     */
    public record Endpoints(
            @DefaultValue("http://127.0.0.1:8080") URI api,
            @DefaultValue("http://127.0.0.1:8081") URI config,
            @DefaultValue("redis://127.0.0.1:6379/0") String redis,
            @DefaultValue("jdbc:mysql://127.0.0.1:3306/") String mysql,
            @DefaultValue("decisions") String mysqlDatabase,
            @DefaultValue("root") String mysqlUser,
            String mysqlPassword) {
    }

    /**
     * The simulated review team.
     *
     * @param count reviewers; empty: 12 for the demo, 4 otherwise
     */
    public record Reviewers(
            Integer count,
            @DefaultValue("300ms") Duration thinkTime,
            @DefaultValue("0.03") double errorRate,
            @DefaultValue("0.02") double abandonRate,
            @DefaultValue("0.01") double releaseRate,
            @DefaultValue("1s") Duration heartbeatInterval) {
    }

    /**
     * Worker-only mode.
     *
     * @param tasks entries to pre-fill across the task streams
     * @param startWorkersCommand run after the pre-fill to start the workers (empty: they already run)
     * @param timeout how long to wait for the streams to drain
     * @param warmUpTasks entries drained first and not measured, so JIT compilation of the cold workers is not
     *        what the figure shows (0: measure cold workers)
     */
    public record Drain(
            @DefaultValue("500000") int tasks,
            String startWorkersCommand,
            @DefaultValue("5m") Duration timeout,
            @DefaultValue("600000") int warmUpTasks) {
    }

    /**
     * The machine's own ceilings, measured in the same run.
     *
     * @param enabled empty: off for the demo, on otherwise
     * @param scratchDatabase created for the insert ceiling and dropped after it
     */
    public record Ceilings(
            Boolean enabled,
            @DefaultValue("5s") Duration duration,
            @DefaultValue("decisions_bench_scratch") String scratchDatabase) {
    }
}
