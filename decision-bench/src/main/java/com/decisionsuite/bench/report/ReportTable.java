package com.decisionsuite.bench.report;

import java.util.Locale;

import com.decisionsuite.bench.report.BenchReport.OutcomeRow;
import com.decisionsuite.bench.report.BenchReport.ProcessCpuRow;
import com.decisionsuite.bench.report.BenchReport.TargetResult;

/**
 * Renders a report as the plain-text summary printed at the end of a run.
 */
public final class ReportTable {

    private ReportTable() {
    }

    public static String render(BenchReport report) {
        StringBuilder out = new StringBuilder(4_096);
        BenchReport.RunInfo run = report.run();
        line(out, "decision-bench  mode=%s  intake=%s%s  measured %.0f s after %.0f s warm-up", run.mode(), run.intake(),
                run.ratePerSecond() == null ? "" : String.format(Locale.ROOT, "  rate=%,d/s", run.ratePerSecond()),
                run.durationSeconds(), run.warmUpSeconds());
        line(out, "  seed %d, %d stores, %d reviewers, %d workers, run %s", run.seed(), run.stores(), run.reviewers(),
                run.workers(), run.runTag());
        throughput(out, report.throughput());
        drain(out, report.drain());
        latencies(out, report);
        outcomes(out, report);
        review(out, report.review());
        ceilings(out, report.ceilings());
        cpu(out, report.cpu());
        out.append('\n').append("Targets\n");
        for (TargetResult target : report.targets()) {
            line(out, "  %-4s %-42s %-30s measured %s", target.met() ? "MET" : "MISS", target.target(), target.threshold(),
                    target.measured());
        }
        line(out, "%nErrors: %d%s", report.errors().total(), report.errors().total() == 0 ? "" : "  " + report.errors().byKind());
        report.errors().samples().stream().limit(5).forEach(sample -> line(out, "  e.g. %s", sample));
        return out.toString();
    }

    private static void throughput(StringBuilder out, BenchReport.Throughput t) {
        if (t == null) {
            return;
        }
        out.append("\nThroughput (tasks sent after the warm-up)\n");
        line(out, "  accepted   %,12d   %,10.1f/s", t.accepted(), t.acceptedPerSecond());
        line(out, "  decided    %,12d   %,10.1f/s end to end (last decision %.1f s after measuring began)", t.decided(),
                t.decidedPerSecond(), t.endToEndSeconds());
        line(out, "  undecided  %,12d   (repeated result events ignored: %,d)", t.undecided(), t.repeatedResults());
    }

    private static void drain(StringBuilder out, BenchReport.Drain d) {
        if (d == null) {
            return;
        }
        out.append("\nDrain (workers only)\n");
        line(out, "  pre-filled %,d entries at %,.0f/s; %,d decided by %d workers in %.1f s: %,.0f decisions/s",
                d.prefilled(), d.prefillPerSecond(), d.decided(), d.workers(), d.drainSeconds(), d.drainedPerSecond());
    }

    private static void latencies(StringBuilder out, BenchReport report) {
        if (report.postLatency() == null && report.acceptanceToDecision() == null && report.endToEnd() == null) {
            return;
        }
        line(out, "%nLatency (ms)                             %9s %9s %9s %9s %9s", "p50", "p90", "p99", "p99.9", "max");
        latency(out, "POST, from intended send", report.postLatency());
        latency(out, "acceptance to decision (audit trail)", report.acceptanceToDecision());
        latency(out, "send to decision on decision-results", report.endToEnd());
    }

    private static void latency(StringBuilder out, String name, LatencySummary l) {
        if (l == null) {
            line(out, "  %-38s %9s", name, "n/a");
            return;
        }
        line(out, "  %-38s %9.2f %9.2f %9.2f %9.2f %9.2f", name, l.p50() / 1e3, l.p90() / 1e3, l.p99() / 1e3,
                l.p999() / 1e3, l.max() / 1e3);
    }

    private static void outcomes(StringBuilder out, BenchReport report) {
        if (report.chain() == null || report.chain().decided() == 0) {
            return;
        }
        line(out, "%nOutcomes              %10s %9s %9s %9s %11s %10s", "decided", "auto-acc", "auto-rej", "escalated",
                "automation", "precision");
        for (OutcomeRow row : report.outcomes()) {
            outcome(out, row.serviceType().wireName(), row);
        }
        outcome(out, "chain", report.chain());
        line(out, "  precision: share of automatic decisions the hidden ground truth bears out (accepts %s, rejects %s)",
                percent(report.chain().acceptPrecision()), percent(report.chain().rejectPrecision()));
    }

    private static void outcome(StringBuilder out, String name, OutcomeRow row) {
        line(out, "  %-20s %,10d %9s %9s %9s %11s %10s", name, row.decided(), percent(row.autoAcceptedShare()),
                percent(row.autoRejectedShare()), percent(row.escalatedShare()), percent(row.automationRate()),
                percent(row.precision()));
    }

    private static void review(StringBuilder out, BenchReport.Review r) {
        if (r == null) {
            return;
        }
        var team = r.team();
        out.append("\nReview\n");
        line(out, "  claims %,d (audits %,d), verdicts %s, deliberate mistakes %,d, abandoned %,d, released %,d, heartbeats %,d",
                team.claims(), team.audits(), team.verdicts(), team.mistakes(), team.abandons(), team.releases(),
                team.heartbeats());
        line(out, "  claimed items: %,d of this run, %,d of earlier runs, %,d not simulated", team.itemsOfThisRun(),
                team.itemsOfEarlierRuns(), team.itemsNotSimulated());
        line(out, "  reviewer decisions of this run on decision-results: %,d, right per ground truth: %s",
                r.verdictsOnThisRun(), percent(r.verdictAccuracy()));
        if (r.queuePending() != null) {
            line(out, "  queue now: %,d pending (oldest %,d s), %,d in review, %,d overdue", r.queuePending(),
                    r.oldestPendingAgeSeconds(), r.queueInReview(), r.queueOverdue());
        }
    }

    private static void ceilings(StringBuilder out, BenchReport.Ceilings c) {
        if (c == null) {
            return;
        }
        out.append("\nMachine ceilings (same run, suite idle)\n");
        line(out, "  raw XADD into Redis        %,12.0f entries/s   our end-to-end rate is %s of it",
                nan(c.redisXaddPerSecond()), percent(c.shareOfXadd()));
        line(out, "  batched INSERT into MySQL  %,12.0f rows/s      our end-to-end rate is %s of it",
                nan(c.mysqlInsertRowsPerSecond()), percent(c.shareOfInsert()));
    }

    private static void cpu(StringBuilder out, BenchReport.Cpu cpu) {
        if (cpu == null || cpu.processes().isEmpty()) {
            return;
        }
        line(out, "%nCPU over %.1f s, %,d tasks            %10s %8s %14s", cpu.windowSeconds(), cpu.tasks(), "cpu s", "cores",
                "µs per task");
        for (ProcessCpuRow row : cpu.processes()) {
            line(out, "  %-38s %10.1f %8.2f %14s", row.process() + " (" + row.pid() + ")", row.cpuSeconds(), row.cores(),
                    row.microsPerTask() == null ? "n/a" : String.format(Locale.ROOT, "%,.1f", row.microsPerTask()));
        }
        if (cpu.machineBusyCores() != null) {
            line(out, "  %-38s %10s %8.2f %14s", "whole machine (all processes)", "", cpu.machineBusyCores(),
                    cpu.machineMicrosPerTask() == null ? "n/a" : String.format(Locale.ROOT, "%,.1f", cpu.machineMicrosPerTask()));
        }
    }

    static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
