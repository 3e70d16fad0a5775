package com.decisionsuite.bench.run;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.BenchProperties.Intake;
import com.decisionsuite.bench.BenchProperties.Mode;

import static org.assertj.core.api.Assertions.assertThat;

class RunPlanTests {

    static BenchProperties properties(Mode mode, Intake intake, Duration duration, Integer rate) {
        return new BenchProperties(mode, intake, duration, null, rate, 500, null, 40_000, 42, 120, 60_000,
                Duration.ofSeconds(60), true, Duration.ofSeconds(5), Path.of("bench-results"), Path.of("run"),
                new BenchProperties.Endpoints(null, null, null, null, null, null, null),
                new BenchProperties.Reviewers(null, Duration.ofMillis(300), 0.03, 0.02, 0.01, Duration.ofSeconds(1)),
                new BenchProperties.Drain(500_000, null, Duration.ofMinutes(5), 0),
                new BenchProperties.Ceilings(null, Duration.ofSeconds(5), "decisions_bench_scratch"));
    }

    @Test
    void theDemoIsAboutAMinuteOfSinglePostsAtASteadyRateWithoutCeilings() {
        RunPlan demo = RunPlan.of(properties(Mode.DEMO, null, null, null));
        assertThat(demo.intake()).isEqualTo(Intake.SINGLE);
        assertThat(demo.warmUp().plus(demo.duration())).isEqualTo(Duration.ofSeconds(55));
        assertThat(demo.openLoop()).isTrue();
        assertThat(demo.rate()).isEqualTo(100);
        assertThat(demo.reviewers()).isEqualTo(12);
        assertThat(demo.ceilings()).isFalse();
    }

    @Test
    void theDefaultRunIsTwoMinutesOfClosedLoopBatchesWithCeilings() {
        RunPlan plan = RunPlan.of(properties(Mode.CLOSED_LOOP, null, null, null));
        assertThat(plan.intake()).isEqualTo(Intake.BATCH);
        assertThat(plan.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(plan.openLoop()).isFalse();
        assertThat(plan.concurrency()).isEqualTo(4);
        assertThat(plan.ceilings()).isTrue();
    }

    @Test
    void explicitSettingsWinOverModeDefaults() {
        RunPlan plan = RunPlan.of(properties(Mode.DEMO, Intake.BATCH, Duration.ofSeconds(30), 2_000));
        assertThat(plan.intake()).isEqualTo(Intake.BATCH);
        assertThat(plan.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(plan.rate()).isEqualTo(2_000);
        assertThat(RunPlan.of(properties(Mode.OPEN_LOOP, Intake.SINGLE, null, null)).concurrency()).isEqualTo(16);
    }
}
