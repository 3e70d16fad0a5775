package com.decisionsuite.bench.report;

import java.util.List;
import java.util.Map;

import com.decisionsuite.bench.review.ReviewTally;
import com.decisionsuite.model.ServiceType;

/**
 * Everything one run measured, as written to {@code report.json} and printed as the summary. Latencies are in
 * microseconds, rates per second; null means "not measured in this mode".
 *
 * @param postLatency intended send time to the intake's answer (per request)
 * @param endToEnd intended send time to the decision appearing on {@code decision-results} (what upstream sees)
 * @param acceptanceToDecision the audit trail's {@code accepted_at} to {@code decided_at} (the suite's own clock)
 */
public record BenchReport(
        RunInfo run,
        Throughput throughput,
        LatencySummary postLatency,
        LatencySummary endToEnd,
        LatencySummary acceptanceToDecision,
        List<OutcomeRow> outcomes,
        OutcomeRow chain,
        Review review,
        Drain drain,
        Ceilings ceilings,
        Cpu cpu,
        Errors errors,
        List<TargetResult> targets,
        List<TimelinePoint> timeline) {

    /** What ran, how. */
    public record RunInfo(String mode, String intake, String startedAt, String runTag, double warmUpSeconds,
            double durationSeconds, Integer ratePerSecond, int batchSize, int concurrency, long seed, int stores,
            int reviewers, int workers) {
    }

    /**
     * Measured tasks only. {@code decidedPerSecond} is end to end: measured tasks decided, over the time from the
     * start of measuring until the last of them was decided.
     */
    public record Throughput(long accepted, double acceptedPerSecond, long decided, double decidedPerSecond,
            long undecided, long repeatedResults, double endToEndSeconds) {
    }

    /** Outcome mix and precision of one service type (null: the whole chain). */
    public record OutcomeRow(ServiceType serviceType, long decided, long autoAccepted, long autoRejected, long escalated,
            Double autoAcceptedShare, Double autoRejectedShare, Double escalatedShare, Double automationRate,
            Double precision, Double acceptPrecision, Double rejectPrecision) {
    }

    /** The simulated review team and the queue it works. */
    public record Review(ReviewTally.Figures team, long verdictsOnThisRun, Double verdictAccuracy, Long queuePending,
            Long queueInReview, Long queueOverdue, Long oldestPendingAgeSeconds) {
    }

    /** Worker-only mode. */
    public record Drain(long prefilled, double prefillPerSecond, long decided, double drainSeconds,
            double drainedPerSecond, int workers) {
    }

    /** The machine's own ceilings and this run's end-to-end rate as a share of them. */
    public record Ceilings(Double redisXaddPerSecond, Double mysqlInsertRowsPerSecond, Double shareOfXadd,
            Double shareOfInsert) {
    }

    /** CPU per process over the measured window. */
    public record Cpu(double windowSeconds, long tasks, List<ProcessCpuRow> processes, Double machineBusyCores,
            Double machineMicrosPerTask) {
    }

    /** One process's CPU: total seconds, average cores busy, microseconds per decided task. */
    public record ProcessCpuRow(String process, long pid, double cpuSeconds, double cores, Double microsPerTask) {
    }

    /** Errors of any kind; a clean run has none. */
    public record Errors(long total, Map<String, Long> byKind, List<String> samples) {
    }

    /** A target of the issue, checked against this run. */
    public record TargetResult(String target, String threshold, String measured, boolean met) {
    }
}
