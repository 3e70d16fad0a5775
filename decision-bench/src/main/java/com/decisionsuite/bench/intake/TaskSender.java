package com.decisionsuite.bench.intake;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.decisionsuite.bench.BenchProperties.Intake;
import com.decisionsuite.model.WireCodec;

/**
 * Generates a run of consecutive tasks, posts them, and books the answer: latency from the intended send time,
 * accepted tasks in the ledger, anything else as an error.
 */
final class TaskSender {

    private final LoadContext context;

    TaskSender(LoadContext context) {
        this.context = context;
    }

    /** Sends tasks {@code firstSeq .. firstSeq + count - 1}, meant to leave at {@code intendedNanos}. */
    void send(long firstSeq, int count, long intendedNanos, boolean measured) throws InterruptedException {
        Instant now = Instant.now();
        List<String> jsons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            jsons.add(WireCodec.writeTask(this.context.generator().generate(this.context.runTag(), firstSeq + i, now).task()));
        }
        IntakeClient.Answer answer;
        try {
            answer = this.context.mode() == Intake.SINGLE
                    ? this.context.intake().postOne(jsons.get(0))
                    : this.context.intake().postBatch(jsons);
        }
        catch (IOException | RuntimeException ex) {
            this.context.metrics().errors().record("intake-failed", ex.toString(), count);
            this.context.window().release(count);
            return;
        }
        if (measured) {
            this.context.metrics().post().recordMicros((System.nanoTime() - intendedNanos) / 1_000);
        }
        for (int index : answer.acceptedIndexes()) {
            this.context.ledger().accepted(firstSeq + index);
        }
        int accepted = answer.acceptedIndexes().size();
        this.context.metrics().acceptedAll().add(accepted);
        if (measured) {
            this.context.metrics().acceptedMeasured().add(accepted);
        }
        if (!answer.allAccepted(count)) {
            this.context.metrics().errors().record("intake-refused", String.join("; ", answer.rejections()), count - accepted);
            this.context.window().release(count - accepted);
        }
    }
}
