package com.decisionsuite.bench.report;

import java.util.ArrayList;
import java.util.List;

import com.decisionsuite.bench.BenchProperties.Intake;
import com.decisionsuite.bench.BenchProperties.Mode;
import com.decisionsuite.bench.report.BenchReport.TargetResult;
import com.decisionsuite.bench.run.RunPlan;

/**
 * Checks a run against the targets of the benchmark issue that its mode can speak to. Pure.
 */
public final class TargetCheck {

    static final double BATCH_TARGET = 15_000;

    static final double SINGLE_TARGET = 5_000;

    static final double DRAIN_TARGET = 25_000;

    static final long POST_P99_MICROS = 5_000;

    static final long DECISION_P99_MICROS = 10_000;

    /** Open-loop runs at up to this rate speak to the "at a steady 1,000 tasks/s" latency targets. */
    static final int LATENCY_TARGET_MAX_RATE = 1_500;

    private TargetCheck() {
    }

    public static List<TargetResult> check(RunPlan plan, BenchReport.Throughput throughput, LatencySummary post,
            LatencySummary acceptanceToDecision, BenchReport.Drain drain, long errors) {
        List<TargetResult> results = new ArrayList<>();
        if (plan.mode() == Mode.DRAIN) {
            if (drain != null) {
                results.add(new TargetResult("worker drain, " + drain.workers() + " workers", ">= 25,000 decisions/s",
                        rate(drain.drainedPerSecond()), drain.drainedPerSecond() >= DRAIN_TARGET && drain.decided() == drain.prefilled()));
            }
        }
        else if (throughput != null) {
            boolean sustained = throughput.undecided() == 0 && plan.duration().toSeconds() >= 120;
            if (plan.intake() == Intake.BATCH && !plan.openLoop()) {
                results.add(new TargetResult("batch intake, end to end", ">= 15,000 tasks/s for 2 min",
                        rate(throughput.decidedPerSecond()) + " over " + plan.duration().toSeconds() + " s",
                        sustained && throughput.decidedPerSecond() >= BATCH_TARGET));
            }
            if (plan.intake() == Intake.SINGLE && !plan.openLoop()) {
                results.add(new TargetResult("single POSTs, end to end", ">= 5,000 tasks/s",
                        rate(throughput.decidedPerSecond()), throughput.undecided() == 0 && throughput.decidedPerSecond() >= SINGLE_TARGET));
            }
            if (plan.openLoop() && plan.rate() <= LATENCY_TARGET_MAX_RATE) {
                String at = " at " + plan.rate() + "/s";
                results.add(new TargetResult("POST p99" + at, "<= 5 ms", post == null ? "n/a" : millis(post.p99()),
                        post != null && post.p99() <= POST_P99_MICROS));
                results.add(new TargetResult("acceptance to decision p99" + at, "<= 10 ms",
                        acceptanceToDecision == null ? "n/a" : millis(acceptanceToDecision.p99()),
                        acceptanceToDecision != null && acceptanceToDecision.p99() <= DECISION_P99_MICROS));
            }
        }
        results.add(new TargetResult("errors of any kind", "0", Long.toString(errors), errors == 0));
        return results;
    }

    static String rate(double perSecond) {
        return String.format("%,.0f/s", perSecond);
    }

    static String millis(long micros) {
        return String.format("%.2f ms", micros / 1000.0);
    }
}
