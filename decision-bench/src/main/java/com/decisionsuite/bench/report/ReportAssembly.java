package com.decisionsuite.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.decisionsuite.bench.observe.ProcessCpu;
import com.decisionsuite.bench.report.BenchReport.OutcomeRow;
import com.decisionsuite.bench.results.OutcomeCounts;

/**
 * Turns raw counts into the report's figures: shares, rates, CPU per task. Pure.
 */
public final class ReportAssembly {

    private ReportAssembly() {
    }

    public static OutcomeRow row(OutcomeCounts counts) {
        return new OutcomeRow(counts.serviceType(), counts.total(), counts.autoAccepted(), counts.autoRejected(),
                counts.escalated(), counts.share(counts.autoAccepted()), counts.share(counts.autoRejected()),
                counts.share(counts.escalated()), counts.automationRate(), counts.precision(), counts.acceptPrecision(),
                counts.rejectPrecision());
    }

    public static OutcomeRow chain(List<OutcomeCounts> perType) {
        OutcomeCounts sum = new OutcomeCounts(null, 0, 0, 0, 0, 0);
        for (OutcomeCounts counts : perType) {
            sum = sum.plus(counts);
        }
        return row(sum);
    }

    /**
     * @param endToEndSeconds from the start of measuring to the last measured decision
     */
    public static BenchReport.Throughput throughput(long accepted, double measuredSeconds, long decided,
            double endToEndSeconds, long repeated) {
        return new BenchReport.Throughput(accepted, perSecond(accepted, measuredSeconds), decided,
                perSecond(decided, endToEndSeconds), Math.max(0, accepted - decided), repeated, endToEndSeconds);
    }

    /** CPU per process between two readings of {@link ProcessCpu#ticks}. */
    public static BenchReport.Cpu cpu(Map<ProcessCpu.Watched, Long> before, Map<ProcessCpu.Watched, Long> after,
            long machineTicksBefore, long machineTicksAfter, double windowSeconds, long tasks) {
        List<BenchReport.ProcessCpuRow> rows = new ArrayList<>();
        for (Map.Entry<ProcessCpu.Watched, Long> entry : after.entrySet()) {
            Long start = before.get(entry.getKey());
            if (start == null) {
                continue;
            }
            double seconds = ticksToSeconds(entry.getValue() - start);
            rows.add(new BenchReport.ProcessCpuRow(entry.getKey().name(), entry.getKey().pid(), round(seconds, 2),
                    round(seconds / windowSeconds, 2), tasks == 0 ? null : round(seconds * 1e6 / tasks, 1)));
        }
        Double busyCores = null;
        Double machinePerTask = null;
        if (machineTicksBefore >= 0 && machineTicksAfter >= machineTicksBefore) {
            double seconds = ticksToSeconds(machineTicksAfter - machineTicksBefore);
            busyCores = round(seconds / windowSeconds, 2);
            machinePerTask = tasks == 0 ? null : round(seconds * 1e6 / tasks, 1);
        }
        return new BenchReport.Cpu(round(windowSeconds, 1), tasks, rows, busyCores, machinePerTask);
    }

    public static BenchReport.Ceilings ceilings(Double xaddPerSecond, Double insertRowsPerSecond, double ourPerSecond) {
        return new BenchReport.Ceilings(xaddPerSecond, insertRowsPerSecond, share(ourPerSecond, xaddPerSecond),
                share(ourPerSecond, insertRowsPerSecond));
    }

    static double perSecond(long count, double seconds) {
        return seconds <= 0 ? 0.0 : round(count / seconds, 1);
    }

    private static Double share(double ours, Double ceiling) {
        return ceiling == null || ceiling <= 0 ? null : round(ours / ceiling, 4);
    }

    private static double ticksToSeconds(long ticks) {
        return ticks / (double) ProcessCpu.TICKS_PER_SECOND;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
