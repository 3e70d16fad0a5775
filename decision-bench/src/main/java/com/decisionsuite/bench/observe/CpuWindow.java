package com.decisionsuite.bench.observe;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import com.decisionsuite.bench.report.BenchReport;
import com.decisionsuite.bench.report.ReportAssembly;

/**
 * CPU used by each watched process between a start moment (taken in the background when the measured phase
 * begins) and {@link #finish()}, per task decided in that window.
 */
public final class CpuWindow {

    private final List<ProcessCpu.Watched> processes;

    private final LongSupplier tasks;

    private final CompletableFuture<Reading> start;

    private record Reading(long nanos, Map<ProcessCpu.Watched, Long> ticks, long machineTicks, long tasks) {
    }

    private CpuWindow(List<ProcessCpu.Watched> processes, LongSupplier tasks, long startNanos) {
        this.processes = processes;
        this.tasks = tasks;
        long delay = Math.max(0, startNanos - System.nanoTime());
        this.start = CompletableFuture.supplyAsync(this::read, CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS));
    }

    /** Starts the window at {@code startNanos} ({@link System#nanoTime()}); {@code tasks} counts decided tasks. */
    public static CpuWindow startAt(long startNanos, List<ProcessCpu.Watched> processes, LongSupplier tasks) {
        return new CpuWindow(processes, tasks, startNanos);
    }

    /** Ends the window now. */
    public BenchReport.Cpu finish() {
        Reading end = read();
        Reading begin = this.start.join();
        double seconds = (end.nanos() - begin.nanos()) / 1e9;
        return ReportAssembly.cpu(begin.ticks(), end.ticks(), begin.machineTicks(), end.machineTicks(), seconds,
                end.tasks() - begin.tasks());
    }

    private Reading read() {
        return new Reading(System.nanoTime(), ProcessCpu.ticks(this.processes), ProcessCpu.machineBusyTicks(),
                this.tasks.getAsLong());
    }
}
