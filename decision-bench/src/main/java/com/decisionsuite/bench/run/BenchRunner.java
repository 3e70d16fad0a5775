package com.decisionsuite.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.report.BenchReport;
import com.decisionsuite.bench.report.ReportCharts;
import com.decisionsuite.bench.report.ReportJson;
import com.decisionsuite.bench.report.ReportTable;

/**
 * Runs the configured mode once, prints the summary, writes the report, and sets the exit code: 0 for a run
 * without errors, 1 when anything went wrong during it, 2 when the suite was not there to measure.
 */
@Component
class BenchRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int FAILED = 1;

    static final int UNAVAILABLE = 2;

    private final BenchProperties properties;

    private int exitCode;

    BenchRunner(BenchProperties properties) {
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        RunPlan plan = RunPlan.of(this.properties);
        Path directory = this.properties.resultsDir()
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        BenchReport report;
        try (SuiteConnections suite = SuiteConnections.open(this.properties.endpoints())) {
            report = plan.drivesIntake()
                    ? new LoadRun(this.properties, plan, suite).execute()
                    : new DrainRun(this.properties, plan, suite).execute();
        }
        catch (SuiteUnavailableException ex) {
            System.err.println("[bench] cannot run: " + ex.getMessage());
            this.exitCode = UNAVAILABLE;
            return;
        }
        Files.createDirectories(directory);
        System.out.println();
        System.out.print(ReportTable.render(report));
        Path json = ReportJson.write(report, directory);
        ReportCharts.write(report.timeline(), directory);
        System.out.println();
        System.out.println("[bench] report: " + json.toAbsolutePath() + " (charts: *.png beside it)");
        if (report.errors().total() > 0) {
            System.err.printf("[bench] the run had %d errors %s; first: %s%n", report.errors().total(),
                    report.errors().byKind(), report.errors().samples().isEmpty() ? "-" : report.errors().samples().get(0));
            this.exitCode = FAILED;
        }
    }

    @Override
    public int getExitCode() {
        return this.exitCode;
    }
}
