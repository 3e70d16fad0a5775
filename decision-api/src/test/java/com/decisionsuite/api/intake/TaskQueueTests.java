package com.decisionsuite.api.intake;

import org.junit.jupiter.api.Test;

import com.decisionsuite.model.TaskStreams;

import static org.assertj.core.api.Assertions.assertThat;

class TaskQueueTests {

    @Test
    void assemblesTheEntryWithTaskAndAcceptanceTime() {
        assertThat(TaskQueue.entryFields("{}", "1795317003725505", null))
                .containsExactly(TaskStreams.FIELD_TASK, "{}", TaskStreams.FIELD_ACCEPTED_AT, "1795317003725505");
    }

    @Test
    void handsOnTheTraceContextWhenThereIsOne() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        assertThat(TaskQueue.entryFields("{}", "1", traceparent))
                .containsSequence(TaskStreams.FIELD_TRACEPARENT, traceparent);
    }
}
