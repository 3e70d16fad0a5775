package com.decisionsuite.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireCodecTests {

    private static DecisionTask task(Map<String, Object> context) {
        return new DecisionTask("t-1", ServiceType.CART_VERIFICATION, "store-7", "cart-9",
                List.of(new Candidate("sku-1", 0.97), new Candidate("sku-2", 0.91)), context,
                Instant.parse("2026-11-22T10:15:30.123456Z"), null, 0);
    }

    @Test
    void roundTripsATaskWithWireNamesAndCurrentSchemaVersion() {
        String json = WireCodec.writeTask(task(Map.of("cartValue", 42.5)));

        assertThat(json).contains("\"serviceType\":\"cart-verification\"").contains("\"schemaVersion\":1")
                .doesNotContain("deadline");
        DecisionTask read = WireCodec.readTask(json);
        assertThat(read).isEqualTo(task(Map.of("cartValue", 42.5)));
        assertThat(read.occurredAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30.123456Z"));
    }

    @Test
    void rejectsAMissingConfidenceInsteadOfReadingZero() {
        String json = """
                {"taskId":"t","serviceType":"tracking","storeId":"s","occurredAt":"2026-11-22T10:00:00Z",
                 "candidates":[{"label":"a"}]}""";

        assertThatThrownBy(() -> WireCodec.readTask(json)).isInstanceOfSatisfying(InvalidFieldException.class,
                ex -> assertThat(ex.field()).isEqualTo("confidence"));
    }

    @Test
    void namesTheUnknownServiceType() {
        String json = """
                {"taskId":"t","serviceType":"teleport","storeId":"s","occurredAt":"2026-11-22T10:00:00Z",
                 "candidates":[{"label":"a","confidence":0.5}]}""";

        assertThatThrownBy(() -> WireCodec.readTask(json)).isInstanceOfSatisfying(InvalidFieldException.class,
                ex -> assertThat(ex.field()).isEqualTo("serviceType"));
    }

    @Test
    void refusesAContextLargerThanSixteenKibibytes() {
        DecisionTask big = task(Map.of("blob", "x".repeat(DecisionTask.MAX_CONTEXT_BYTES)));

        assertThatThrownBy(() -> WireCodec.writeTask(big)).isInstanceOfSatisfying(InvalidFieldException.class,
                ex -> assertThat(ex.field()).isEqualTo("context"));
    }

    @Test
    void measuresTheContextInBytesNotCharacters() {
        // 6,000 characters of two bytes each: 12,000 bytes, within the limit; 9,000 of them are 18,000 bytes, over it.
        DecisionTask fits = task(Map.of("note", "\u00e9".repeat(6_000)));
        DecisionTask over = task(Map.of("note", "\u00e9".repeat(9_000)));

        assertThat(WireCodec.readTask(WireCodec.writeTask(fits)).context()).isEqualTo(fits.context());
        assertThatThrownBy(() -> WireCodec.writeTask(over)).isInstanceOfSatisfying(InvalidFieldException.class,
                ex -> assertThat(ex.field()).isEqualTo("context"));
    }

    @Test
    void acceptsAContextJustWithinTheLimitInsideALongerTask() {
        DecisionTask task = task(Map.of("blob", "x".repeat(DecisionTask.MAX_CONTEXT_BYTES - 20)));

        assertThat(WireCodec.writeTask(task).length()).isGreaterThan(DecisionTask.MAX_CONTEXT_BYTES);
        assertThat(WireCodec.readTask(WireCodec.writeTask(task)).context()).isEqualTo(task.context());
    }

    @Test
    void reportsMalformedJsonAsInvalid() {
        assertThatThrownBy(() -> WireCodec.readTask("{\"taskId\":")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void toleratesUnknownFieldsFromNewerProducers() {
        String json = """
                {"taskId":"t","serviceType":"tracking","storeId":"s","occurredAt":"2026-11-22T10:00:00Z",
                 "candidates":[{"label":"a","confidence":0.5}],"futureField":true}""";

        assertThat(WireCodec.readTask(json).taskId()).isEqualTo("t");
    }
}
