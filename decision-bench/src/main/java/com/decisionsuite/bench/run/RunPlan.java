package com.decisionsuite.bench.run;

import java.time.Duration;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.BenchProperties.Intake;
import com.decisionsuite.bench.BenchProperties.Mode;

/**
 * The settings of one run with every mode default filled in.
 *
 * @param rate tasks per second for open-loop runs (the demo is open loop); 0 for closed loop and drain
 */
public record RunPlan(Mode mode, Intake intake, Duration warmUp, Duration duration, int rate, int batchSize,
        int concurrency, int reviewers, boolean ceilings) {

    public RunPlan {
        if (warmUp.isNegative() || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("warm-up must not be negative and the duration must be positive");
        }
    }

    public static RunPlan of(BenchProperties properties) {
        Mode mode = properties.mode();
        boolean demo = mode == Mode.DEMO;
        Intake intake = properties.intake() != null ? properties.intake() : demo ? Intake.SINGLE : Intake.BATCH;
        Duration duration = orElse(properties.duration(), demo ? Duration.ofSeconds(45) : Duration.ofMinutes(2));
        // Measured here (2026-12-02, single POSTs through the whole suite): 550/s in the 3rd minute, 1,140/s in the 4th,
        // 2,140/s from the 6th on. Five JVMs share two cores with the load, so C2 needs about five minutes.
        Duration warmUp = orElse(properties.warmUp(), demo ? Duration.ofSeconds(10) : Duration.ofMinutes(5));
        // The demo runs on freshly started JVMs, which on two cores accepted only about 130 POSTs/s in its first
        // minute (2026-12-02; bin/bench measures the warm limits): at 100/s its figures are the suite's, not a queue's.
        int rate = switch (mode) {
            case DEMO -> properties.rate() == null ? 100 : properties.rate();
            case OPEN_LOOP -> properties.rate() == null ? 1_000 : properties.rate();
            case CLOSED_LOOP, DRAIN -> 0;
        };
        int concurrency = properties.concurrency() != null ? properties.concurrency() : intake == Intake.SINGLE ? 16 : 4;
        int reviewers = properties.reviewers().count() != null ? properties.reviewers().count() : demo ? 12 : 4;
        boolean ceilings = properties.ceilings().enabled() != null ? properties.ceilings().enabled() : !demo;
        return new RunPlan(mode, intake, warmUp, duration, rate, properties.batchSize(), concurrency, reviewers, ceilings);
    }

    public boolean openLoop() {
        return this.rate > 0;
    }

    /** Whether the run sends load through decision-api (every mode but drain). */
    public boolean drivesIntake() {
        return this.mode != Mode.DRAIN;
    }

    private static Duration orElse(Duration value, Duration fallback) {
        return value != null ? value : fallback;
    }
}
