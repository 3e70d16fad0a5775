package com.decisionsuite.bench.run;

import java.time.Duration;
import java.util.List;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.intake.ClosedLoopDriver;
import com.decisionsuite.bench.intake.InFlightWindow;
import com.decisionsuite.bench.intake.IntakeClient;
import com.decisionsuite.bench.intake.LoadContext;
import com.decisionsuite.bench.intake.LoadDriver;
import com.decisionsuite.bench.intake.OpenLoopDriver;
import com.decisionsuite.bench.measure.RunMetrics;
import com.decisionsuite.bench.observe.CpuWindow;
import com.decisionsuite.bench.observe.ProcessCpu;
import com.decisionsuite.bench.observe.ReviewQueueProbe;
import com.decisionsuite.bench.observe.Sampler;
import com.decisionsuite.bench.observe.StreamProbe;
import com.decisionsuite.bench.report.BenchReport;
import com.decisionsuite.bench.results.ResultBook;
import com.decisionsuite.bench.results.ResultsListener;
import com.decisionsuite.bench.review.ReviewClient;
import com.decisionsuite.bench.review.ReviewTally;
import com.decisionsuite.bench.review.ReviewerShape;
import com.decisionsuite.bench.review.ReviewerTeam;
import com.decisionsuite.bench.thresholds.ConfigClient;
import com.decisionsuite.bench.thresholds.ThresholdSetup;
import com.decisionsuite.bench.workload.AnswerKey;
import com.decisionsuite.bench.workload.StoreProfile;

/**
 * Demo, open-loop and closed-loop runs: drive decision-api with the simulated chain while the review team works
 * the queue, follow the results, then let everything settle and measure.
 */
final class LoadRun {

    private static final Duration OPEN_LOOP_RUN_IN = Duration.ofSeconds(90);

    private final BenchProperties properties;

    private final RunPlan plan;

    private final SuiteConnections suite;

    LoadRun(BenchProperties properties, RunPlan plan, SuiteConnections suite) {
        this.properties = properties;
        this.plan = plan;
        this.suite = suite;
    }

    BenchReport execute() throws Exception {
        BenchProperties.Endpoints endpoints = this.properties.endpoints();
        this.suite.requireHealthy("decision-api", endpoints.api());
        this.suite.requireHealthy("config-service", endpoints.config());
        RunParts parts = RunParts.create(this.properties);
        RunMetrics metrics = parts.metrics();
        if (this.properties.configureThresholds()) {
            int written = new ThresholdSetup(new ConfigClient(this.suite.http(), endpoints.config()), metrics.errors())
                    .apply(parts.generator().chain());
            Progress.say("thresholds of the simulated chain in place (%d configurations written)", written);
        }
        // The bound paces closed loops, an open loop's warm-up included; the fixed-rate schedule never waits on it.
        InFlightWindow window = this.plan.openLoop() && this.plan.warmUp().isZero() ? InFlightWindow.unbounded()
                : InFlightWindow.of(this.properties.maxUndecided());
        LoadContext context = new LoadContext(parts.generator(), parts.runTag(), parts.ledger(), metrics,
                new IntakeClient(this.suite.poster(), endpoints.api()), window, this.plan.intake(), this.plan.batchSize());
        ResultsListener listener = new ResultsListener(this.suite.results(), new ResultBook(context, true), metrics.errors());
        Thread listening = new Thread(listener, "results-listener");
        listening.setDaemon(true);
        listening.start();
        Sampler sampler = new Sampler(metrics, new StreamProbe(this.suite.observation().sync()),
                new ReviewQueueProbe(this.suite.http(), endpoints.api(), parts.startedAt(), metrics.errors()));
        ReviewTally reviewTally = new ReviewTally(metrics.errors());
        ReviewerTeam team = new ReviewerTeam(new ReviewClient(this.suite.poster(), endpoints.api()), teamSetup(parts),
                new AnswerKey(this.properties.stores(), this.properties.driftHorizonTasks()), reviewTally);
        List<ProcessCpu.Watched> processes = ProcessCpu.discover(this.properties.runDir());

        long loadStart = System.nanoTime();
        sampler.start(loadStart, this.properties.reviewStatsInterval().toMillis());
        team.start();
        Progress.say("%s load, %s intake%s: %d s warm-up, then %d s measured", this.plan.openLoop() ? "open-loop" : "closed-loop",
                this.plan.intake().name().toLowerCase(), this.plan.openLoop() ? " at " + this.plan.rate() + " tasks/s" : "",
                this.plan.warmUp().toSeconds(), this.plan.duration().toSeconds());
        long firstSeq = this.plan.openLoop() ? warmUp(context, metrics, loadStart) : 0;
        long scheduleStart = System.nanoTime();
        long measureFrom = this.plan.openLoop() ? scheduleStart + runIn().toNanos() : loadStart + this.plan.warmUp().toNanos();
        long measureStartMicros = RunParts.epochMicrosNow() + (measureFrom - System.nanoTime()) / 1_000;
        long end = measureFrom + this.plan.duration().toNanos();
        CpuWindow cpu = CpuWindow.startAt(measureFrom, processes, metrics.decidedAll()::sum);
        driver(context).run(this.plan.openLoop() ? scheduleStart : loadStart, measureFrom, end, firstSeq);
        Progress.say("load done: %,d accepted; waiting for their decisions", metrics.acceptedAll().sum());
        settle(metrics);
        BenchReport.Cpu cpuUse = cpu.finish();
        team.close();
        listener.stop();
        listening.join(5_000);
        sampler.close();
        double endToEndSeconds = Math.max(0, metrics.lastDecidedMicros().get() - measureStartMicros) / 1e6;
        return new RunReporting(this.properties, this.plan, this.suite).report(parts, sampler, reviewTally, cpuUse,
                endToEndSeconds, processes);
    }

    /**
     * An open loop's warm-up runs closed loop, at the suite's own pace, and lets the backlog drain before the fixed-rate
     * schedule starts: cold JVMs on two cores need a minute or more of JIT work, and a schedule started cold would
     * carry the backlog of that minute into every measured latency. Answers the next free task sequence number.
     */
    private long warmUp(LoadContext context, RunMetrics metrics, long loadStart) throws InterruptedException {
        if (this.plan.warmUp().isZero()) {
            return 0;
        }
        long next = new ClosedLoopDriver(context, this.plan.concurrency())
                .run(loadStart, Long.MAX_VALUE, loadStart + this.plan.warmUp().toNanos(), 0);
        settle(metrics);
        Progress.say("warm-up done: %,d tasks sent and decided; the fixed-rate schedule starts now, measured after %d s",
                next, runIn().toSeconds());
        return next;
    }

    /**
     * The fixed-rate schedule runs unmeasured this long before the measured window: measured here, JVMs that a closed
     * loop warmed for five minutes still needed about 80 s at 1,000/s to stop queueing (JIT of the paths that rate
     * takes). A backlog left after it counts in the figures, as it should.
     */
    private Duration runIn() {
        return this.plan.warmUp().isZero() || this.plan.mode() == BenchProperties.Mode.DEMO ? Duration.ZERO : OPEN_LOOP_RUN_IN;
    }

    private LoadDriver driver(LoadContext context) {
        return this.plan.openLoop()
                ? new OpenLoopDriver(context, this.plan.rate(), this.plan.concurrency())
                : new ClosedLoopDriver(context, this.plan.concurrency());
    }

    private ReviewerTeam.Setup teamSetup(RunParts parts) {
        BenchProperties.Reviewers reviewers = this.properties.reviewers();
        return new ReviewerTeam.Setup(this.plan.reviewers(), this.properties.seed(), reviewers.heartbeatInterval(),
                ReviewerTeam.Setup.regionsOf(parts.generator().chain().stores().stream().map(StoreProfile::storeId).toList()),
                parts.runPrefix(),
                new ReviewerShape(reviewers.thinkTime(), reviewers.errorRate(), reviewers.abandonRate(), reviewers.releaseRate()));
    }

    /** Waits until every accepted task is decided, or the settle timeout passes. */
    private void settle(RunMetrics metrics) throws InterruptedException {
        long deadline = System.nanoTime() + this.properties.settleTimeout().toNanos();
        long lastSay = System.nanoTime();
        while (metrics.decidedAll().sum() < metrics.acceptedAll().sum() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            if (System.nanoTime() - lastSay > 5_000_000_000L) {
                Progress.say("  %,d of %,d decided", metrics.decidedAll().sum(), metrics.acceptedAll().sum());
                lastSay = System.nanoTime();
            }
        }
    }
}
