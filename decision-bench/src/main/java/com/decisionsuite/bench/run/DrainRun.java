package com.decisionsuite.bench.run;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.ceiling.CeilingRun;
import com.decisionsuite.bench.drain.StreamPrefill;
import com.decisionsuite.bench.intake.InFlightWindow;
import com.decisionsuite.bench.intake.LoadContext;
import com.decisionsuite.bench.measure.RunMetrics;
import com.decisionsuite.bench.observe.CpuWindow;
import com.decisionsuite.bench.observe.ProcessCpu;
import com.decisionsuite.bench.observe.Sampler;
import com.decisionsuite.bench.observe.StreamProbe;
import com.decisionsuite.bench.report.BenchReport;
import com.decisionsuite.bench.report.ReportAssembly;
import com.decisionsuite.bench.report.TargetCheck;
import com.decisionsuite.bench.results.OutcomeCounts;
import com.decisionsuite.bench.results.ResultBook;
import com.decisionsuite.bench.results.ResultsListener;
import com.decisionsuite.bench.thresholds.ConfigClient;
import com.decisionsuite.bench.thresholds.ThresholdSetup;

/**
 * Worker-only mode: pre-fill the task streams as the API would, start (or let) the workers drain them, and
 * measure decisions per second from the first decision to the last.
 */
final class DrainRun {

    private final BenchProperties properties;

    private final RunPlan plan;

    private final SuiteConnections suite;

    DrainRun(BenchProperties properties, RunPlan plan, SuiteConnections suite) {
        this.properties = properties;
        this.plan = plan;
        this.suite = suite;
    }

    BenchReport execute() throws Exception {
        RunParts parts = RunParts.create(this.properties);
        RunMetrics metrics = parts.metrics();
        int tasks = this.properties.drain().tasks();
        LoadContext context = new LoadContext(parts.generator(), parts.runTag(), parts.ledger(), metrics, null,
                InFlightWindow.unbounded(), this.plan.intake(), this.plan.batchSize());
        ResultsListener listener = new ResultsListener(this.suite.results(), new ResultBook(context, false), metrics.errors());
        Thread listening = new Thread(listener, "results-listener");
        listening.setDaemon(true);
        listening.start();
        Sampler sampler = new Sampler(metrics, new StreamProbe(this.suite.observation().sync()), null);
        sampler.start(System.nanoTime(), 0);
        if (this.properties.configureThresholds()) {
            int written = new ThresholdSetup(new ConfigClient(this.suite.http(), this.properties.endpoints().config()),
                    metrics.errors()).apply(parts.generator().chain());
            Progress.say("thresholds of the simulated chain in place (%d configurations written)", written);
        }
        int warmUp = warmUp(parts, metrics);
        Progress.say("pre-filling the task streams with %,d entries, as decision-api writes them", tasks);
        List<ProcessCpu.Watched> processes = ProcessCpu.discover(this.properties.runDir());
        CpuWindow cpu = CpuWindow.startAt(System.nanoTime(), processes, metrics.decidedAll()::sum);
        double prefillRate = new StreamPrefill(this.suite.bulk()).fill(parts.generator(), parts.runTag(), warmUp, tasks,
                true, parts.ledger());
        metrics.acceptedAll().add(tasks);
        metrics.acceptedMeasured().add(tasks);
        Progress.say("pre-filled at %,.0f entries/s", prefillRate);
        if (warmUp == 0) {
            startWorkers(metrics);
        }
        awaitDrained(metrics, tasks);
        BenchReport.Cpu cpuUse = cpu.finish();
        listener.stop();
        listening.join(5_000);
        sampler.close();

        long decided = metrics.decidedMeasured().sum();
        if (decided < tasks) {
            metrics.errors().record("undecided", (tasks - decided) + " pre-filled entries were not decided within "
                    + this.properties.drain().timeout(), tasks - decided);
        }
        double span = Math.max(1, metrics.lastDecidedMicros().get() - metrics.firstDecidedMicros().get()) / 1e6;
        int workers = RunReporting.workers(processes);
        BenchReport.Drain drain = new BenchReport.Drain(tasks, Math.round(prefillRate), decided, Math.round(span * 100) / 100.0,
                Math.round(decided / span), workers);
        BenchReport.Ceilings ceilings = this.plan.ceilings()
                ? new CeilingRun(this.properties, this.suite.bulk(), metrics.errors()).measure(parts.sampleTaskJson(),
                        Math.max(1, workers), drain.drainedPerSecond())
                : null;
        List<OutcomeCounts> perType = metrics.outcomes().perServiceType();
        BenchReport.Errors errors = RunReporting.errors(metrics);
        RunReporting reporting = new RunReporting(this.properties, this.plan, this.suite);
        return new BenchReport(reporting.runInfo(parts, workers), null, null, null, null,
                perType.stream().map(ReportAssembly::row).toList(), ReportAssembly.chain(perType), null, drain, ceilings,
                cpuUse, errors, TargetCheck.check(this.plan, null, null, null, drain, errors.total()), sampler.points());
    }

    /**
     * Cold workers spend their first minute compiling on two cores: with warm-up tasks, they are started first and
     * drain those, unmeasured, before the measured entries are written (faster than the workers drain them, so the
     * workers stay the bottleneck from the first measured decision to the last). Answers the warm-up count.
     */
    private int warmUp(RunParts parts, RunMetrics metrics) throws InterruptedException {
        int warmUp = this.properties.drain().warmUpTasks();
        if (warmUp <= 0) {
            return 0;
        }
        startWorkers(metrics);
        Progress.say("warm-up: %,d entries drained first, not measured", warmUp);
        new StreamPrefill(this.suite.bulk()).fill(parts.generator(), parts.runTag(), 0, warmUp, false, parts.ledger());
        metrics.acceptedAll().add(warmUp);
        long deadline = System.nanoTime() + this.properties.drain().timeout().toNanos();
        while (metrics.decidedAll().sum() < warmUp && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return warmUp;
    }

    private void startWorkers(RunMetrics metrics) throws InterruptedException {
        String command = this.properties.drain().startWorkersCommand();
        if (command == null || command.isBlank()) {
            return;
        }
        Progress.say("starting the workers: %s", command);
        try {
            Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                metrics.errors().record("start-workers", "'" + command + "' failed or did not finish in 5 minutes");
            }
        }
        catch (IOException ex) {
            metrics.errors().record("start-workers", ex.toString());
        }
    }

    private void awaitDrained(RunMetrics metrics, int tasks) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + this.properties.drain().timeout().toNanos();
        long lastSay = start;
        while (metrics.decidedMeasured().sum() < tasks && System.nanoTime() < deadline) {
            Thread.sleep(100);
            if (System.nanoTime() - lastSay > 5_000_000_000L) {
                Progress.say("  %,d of %,d decided%s", metrics.decidedMeasured().sum(), tasks,
                        metrics.decidedMeasured().sum() == 0 ? " (are the workers running?)" : "");
                lastSay = System.nanoTime();
            }
        }
    }
}
