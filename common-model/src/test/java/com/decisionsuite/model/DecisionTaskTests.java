package com.decisionsuite.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTaskTests {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static DecisionTask task(String taskId, String storeId, List<Candidate> candidates, int schemaVersion) {
        return new DecisionTask(taskId, ServiceType.TRACKING, storeId, null, candidates, null, NOW, null, schemaVersion);
    }

    private static String fieldOf(Runnable construction) {
        try {
            construction.run();
        }
        catch (InvalidFieldException ex) {
            return ex.field();
        }
        throw new AssertionError("expected an InvalidFieldException");
    }

    @Test
    void namesTheFieldThatBreaksTheContract() {
        List<Candidate> one = List.of(new Candidate("a", 0.5));
        assertThat(fieldOf(() -> task("bad id!", "s", one, 1))).isEqualTo("taskId");
        assertThat(fieldOf(() -> task("x".repeat(65), "s", one, 1))).isEqualTo("taskId");
        assertThat(fieldOf(() -> task("t", "_defaults", one, 1))).isEqualTo("storeId");
        assertThat(fieldOf(() -> task("t", "s", List.of(), 1))).isEqualTo("candidates");
        assertThat(fieldOf(() -> task("t", "s", Collections.nCopies(101, new Candidate("a", 0.1)), 1))).isEqualTo("candidates");
        assertThat(fieldOf(() -> task("t", "s", one, 2))).isEqualTo("schemaVersion");
        assertThat(fieldOf(() -> new Candidate("a", 1.01))).isEqualTo("confidence");
        assertThat(fieldOf(() -> new Candidate("a", Double.NaN))).isEqualTo("confidence");
    }

    @Test
    void ranksCandidatesByConfidenceKeepingTheSendersOrderOnTies() {
        DecisionTask task = task("t", "s", List.of(new Candidate("low", 0.2), new Candidate("first", 0.7),
                new Candidate("second", 0.7)), 1);

        assertThat(task.rankedCandidates()).extracting(Candidate::label).containsExactly("first", "second", "low");
    }

    @Test
    void placesEachServiceTypeOnItsOwnHashTaggedStream() {
        assertThat(TaskStreams.taskStream(ServiceType.PRODUCT_RECOGNITION)).isEqualTo("decision-tasks:{product-recognition}");
        assertThat(TaskStreams.idempotencyKey(ServiceType.PRODUCT_RECOGNITION, "t-1"))
                .isEqualTo("decision-task-id:{product-recognition}:t-1");
        assertThat(TaskStreams.deadLetterStream(ServiceType.TRACKING)).isEqualTo("decision-tasks-dead:{tracking}");
    }
}
