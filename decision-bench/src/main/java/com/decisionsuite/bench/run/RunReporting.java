package com.decisionsuite.bench.run;

import java.util.List;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.ceiling.CeilingRun;
import com.decisionsuite.bench.measure.RunMetrics;
import com.decisionsuite.bench.observe.AuditTrailLatency;
import com.decisionsuite.bench.observe.ProcessCpu;
import com.decisionsuite.bench.observe.ReviewQueue;
import com.decisionsuite.bench.observe.Sampler;
import com.decisionsuite.bench.report.BenchReport;
import com.decisionsuite.bench.report.LatencySummary;
import com.decisionsuite.bench.report.ReportAssembly;
import com.decisionsuite.bench.report.TargetCheck;
import com.decisionsuite.bench.results.OutcomeCounts;
import com.decisionsuite.bench.review.ReviewTally;

/**
 * Gathers a finished load run into its report: figures from the books, acceptance-to-decision from the audit
 * trail, the machine ceilings, and the targets.
 */
final class RunReporting {

    private final BenchProperties properties;

    private final RunPlan plan;

    private final SuiteConnections suite;

    RunReporting(BenchProperties properties, RunPlan plan, SuiteConnections suite) {
        this.properties = properties;
        this.plan = plan;
        this.suite = suite;
    }

    BenchReport report(RunParts parts, Sampler sampler, ReviewTally reviewTally, BenchReport.Cpu cpu,
            double endToEndSeconds, List<ProcessCpu.Watched> processes) {
        RunMetrics metrics = parts.metrics();
        BenchReport.Throughput throughput = ReportAssembly.throughput(metrics.acceptedMeasured().sum(),
                this.plan.duration().toNanos() / 1e9, metrics.decidedMeasured().sum(), endToEndSeconds,
                metrics.repeatedResults().sum());
        if (throughput.undecided() > 0) {
            metrics.errors().record("undecided", throughput.undecided() + " accepted tasks were not decided within "
                    + this.properties.settleTimeout(), throughput.undecided());
        }
        LatencySummary post = LatencySummary.of(metrics.post().total());
        LatencySummary acceptanceToDecision = acceptanceToDecision(parts);
        List<OutcomeCounts> perType = metrics.outcomes().perServiceType();
        int workers = workers(processes);
        BenchReport.Ceilings ceilings = null;
        if (this.plan.ceilings()) {
            Progress.say("measuring the machine's ceilings (raw XADD, batched INSERT), %d s each",
                    this.properties.ceilings().duration().toSeconds());
            ceilings = new CeilingRun(this.properties, this.suite.bulk(), metrics.errors())
                    .measure(parts.sampleTaskJson(), Math.max(1, workers), throughput.decidedPerSecond());
        }
        BenchReport.Errors errors = errors(metrics);
        return new BenchReport(runInfo(parts, workers), throughput, post, LatencySummary.of(metrics.endToEnd().total()),
                acceptanceToDecision, perType.stream().map(ReportAssembly::row).toList(), ReportAssembly.chain(perType),
                review(metrics, reviewTally, sampler.lastReviewQueue()), null, ceilings, cpu, errors,
                TargetCheck.check(this.plan, throughput, post, acceptanceToDecision, null, errors.total()), sampler.points());
    }

    private LatencySummary acceptanceToDecision(RunParts parts) {
        BenchProperties.Endpoints endpoints = this.properties.endpoints();
        try {
            return LatencySummary.of(new AuditTrailLatency(endpoints.mysql(), endpoints.mysqlUser(),
                    endpoints.mysqlPassword(), endpoints.mysqlDatabase()).read(parts.runPrefix(), parts.ledger()));
        }
        catch (Exception ex) {
            parts.metrics().errors().record("audit-trail-read", ex.toString());
            return null;
        }
    }

    private static BenchReport.Review review(RunMetrics metrics, ReviewTally tally, ReviewQueue queue) {
        long right = metrics.outcomes().verdictsRight();
        long wrong = metrics.outcomes().verdictsWrong();
        Double accuracy = right + wrong == 0 ? null : (double) right / (right + wrong);
        return new BenchReport.Review(tally.figures(), metrics.reviewerDecisions().sum(), accuracy,
                queue == null ? null : queue.pending(), queue == null ? null : queue.inReview(),
                queue == null ? null : queue.overdue(), queue == null ? null : queue.oldestPendingAgeSeconds());
    }

    BenchReport.RunInfo runInfo(RunParts parts, int workers) {
        return new BenchReport.RunInfo(this.plan.mode().name().toLowerCase().replace('_', '-'),
                this.plan.intake().name().toLowerCase(), parts.startedAt().toString(), parts.runTag(),
                this.plan.warmUp().toMillis() / 1e3, this.plan.duration().toMillis() / 1e3,
                this.plan.openLoop() ? this.plan.rate() : null, this.plan.batchSize(), this.plan.concurrency(),
                this.properties.seed(), this.properties.stores(), this.plan.reviewers(), workers);
    }

    static BenchReport.Errors errors(RunMetrics metrics) {
        return new BenchReport.Errors(metrics.errors().total(), metrics.errors().byKind(), metrics.errors().samples());
    }

    static int workers(List<ProcessCpu.Watched> processes) {
        return (int) processes.stream().filter(p -> p.name().startsWith("worker-")).count();
    }
}
