package com.decisionsuite.bench.workload;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.ServiceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static final double[] BIN_EDGES = { 0.3, 0.6, 0.75, 0.85, 0.92, 0.97, 1.0 };

    /** Per confidence bin: {mean confidence, hit rate, count}; from tasks number {@code from} on. */
    private static double[][] reliability(Calibration calibration, long from, int count) {
        StoreChain chain = StoreChain.of(List.of(new StoreProfile("store-001", 1.0, calibration, 2.0)));
        WorkloadGenerator generator = new WorkloadGenerator(21, chain,
                new ServiceMix(Map.of(ServiceType.PRODUCT_RECOGNITION, 1.0)), 100_000);
        double[][] bins = new double[BIN_EDGES.length - 1][3];
        for (long seq = from; seq < from + count; seq++) {
            SimulatedTask simulated = generator.generate("cal", seq, NOW);
            Candidate top = simulated.task().rankedCandidates().get(0);
            boolean hit = simulated.truth() instanceof GroundTruth.Label label && label.label().equals(top.label());
            int bin = 0;
            while (bin < bins.length - 1 && top.confidence() >= BIN_EDGES[bin + 1]) {
                bin++;
            }
            bins[bin][0] += top.confidence();
            bins[bin][1] += hit ? 1 : 0;
            bins[bin][2]++;
        }
        for (double[] bin : bins) {
            bin[0] /= Math.max(1, bin[2]);
            bin[1] /= Math.max(1, bin[2]);
        }
        return bins;
    }

    @Test
    void aWellCalibratedStoresConfidenceMatchesItsHitRate() {
        double[][] bins = reliability(new Calibration.WellCalibrated(), 0, 60_000);
        for (double[] bin : bins) {
            assertThat(bin[2]).as("samples per bin").isGreaterThan(1_500);
            assertThat(Math.abs(bin[0] - bin[1])).as("confidence %.3f vs hit rate %.3f", bin[0], bin[1]).isLessThan(0.03);
        }
    }

    @Test
    void anOverConfidentStoresHighConfidenceOverstatesItsHitRate() {
        double[][] bins = reliability(new Calibration.OverConfident(3.0), 0, 60_000);
        double[] confident = bins[bins.length - 2];
        assertThat(confident[0] - confident[1]).as("gap at confidence %.3f", confident[0]).isGreaterThan(0.08);
        assertThat(bins[bins.length - 1][1]).isLessThan(bins[bins.length - 1][0] - 0.02);
    }

    @Test
    void aDriftingStoreStartsCalibratedAndEndsOverConfident() {
        Calibration drifting = new Calibration.Drifting(3.0);
        double[] early = reliability(drifting, 0, 20_000)[BIN_EDGES.length - 3];
        double[] late = reliability(drifting, 100_000, 40_000)[BIN_EDGES.length - 3];
        assertThat(early[0] - early[1]).isLessThan(late[0] - late[1] - 0.08);
        assertThat(Math.abs(early[0] - early[1])).isLessThan(0.06);
    }
}
