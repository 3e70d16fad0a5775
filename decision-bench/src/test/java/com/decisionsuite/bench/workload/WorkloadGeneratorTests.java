package com.decisionsuite.bench.workload;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.WireCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkloadGeneratorTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static WorkloadGenerator generator(long seed) {
        return new WorkloadGenerator(seed, StoreChain.generate(seed, 120), ServiceMix.retail(), 50_000);
    }

    private static List<SimulatedTask> tasks(WorkloadGenerator generator, int count) {
        return LongStream.range(0, count).mapToObj(seq -> generator.generate("run1", seq, NOW)).toList();
    }

    @Test
    void sameSeedGivesTheSameWorkload() {
        assertThat(tasks(generator(7), 2_000)).isEqualTo(tasks(generator(7), 2_000));
    }

    @Test
    void differentSeedsGiveDifferentWorkloads() {
        List<String> first = tasks(generator(7), 200).stream().map(t -> WireCodec.write(t.task().candidates())).toList();
        List<String> second = tasks(generator(8), 200).stream().map(t -> WireCodec.write(t.task().candidates())).toList();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aTaskIsRegeneratedFromItsIdAlone() {
        WorkloadGenerator generator = generator(1234567L);
        SimulatedTask original = generator.generate("mq1x2", 98_765, NOW);
        TaskIds.Ref ref = TaskIds.parse(original.task().taskId()).orElseThrow();
        assertThat(ref.seed()).isEqualTo(1234567L);
        assertThat(generator(ref.seed()).generate(ref.runTag(), ref.seq(), NOW.plusSeconds(5)).truth())
                .isEqualTo(original.truth());
        assertThat(TaskIds.parse("upstream-42")).isEmpty();
    }

    @Test
    void tasksRoundTripThroughTheWireContract() {
        for (SimulatedTask simulated : tasks(generator(3), 500)) {
            String json = WireCodec.writeTask(simulated.task());
            DecisionTask read = WireCodec.readTask(json);
            assertThat(read.taskId()).isEqualTo(simulated.task().taskId());
            assertThat(read.candidates()).isEqualTo(simulated.task().candidates());
        }
    }

    @Test
    void trackingAndProductRecognitionDominateAndCartsAreRare() {
        Map<ServiceType, Integer> counts = new EnumMap<>(ServiceType.class);
        tasks(generator(11), 20_000).forEach(t -> counts.merge(t.task().serviceType(), 1, Integer::sum));
        assertThat(counts.get(ServiceType.TRACKING) / 20_000.0).isCloseTo(0.40, within(0.02));
        assertThat(counts.get(ServiceType.PRODUCT_RECOGNITION) / 20_000.0).isCloseTo(0.35, within(0.02));
        assertThat(counts.get(ServiceType.CART_VERIFICATION) / 20_000.0).isCloseTo(0.08, within(0.01));
    }

    @Test
    void cartsCarryTheirValueAndADeadline() {
        SimulatedTask cart = tasks(generator(5), 500).stream()
                .filter(t -> t.task().serviceType() == ServiceType.CART_VERIFICATION).findFirst().orElseThrow();
        assertThat(cart.task().context()).containsKey("cartValue");
        assertThat(cart.task().deadline()).isAfter(cart.task().occurredAt());
        assertThat(cart.truth()).isInstanceOf(GroundTruth.Receipt.class);
    }

    @Test
    void theChainMixesCalibrationsAndRepeatsForASeed() {
        StoreChain chain = StoreChain.generate(99, 120);
        assertThat(chain.stores()).hasSize(120);
        assertThat(chain.stores()).extracting(s -> s.calibration().kind())
                .contains("well-calibrated", "over-confident", "drifting");
        assertThat(chain.stores().stream().filter(s -> s.calibration() instanceof Calibration.OverConfident).count())
                .isEqualTo(24);
        assertThat(StoreChain.generate(99, 120).stores()).isEqualTo(chain.stores());
    }
}
