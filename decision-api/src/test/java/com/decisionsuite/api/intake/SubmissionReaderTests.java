package com.decisionsuite.api.intake;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SubmissionReaderTests {

    private static final String VALID = """
            {"taskId":"t-1","serviceType":"tracking","storeId":"s-1",
             "candidates":[{"label":"a","confidence":0.8},{"label":"b","confidence":0.1}],
             "occurredAt":"2026-11-22T10:15:30Z"}""";

    // A mapper as lenient as the application's (unknown fields ignored), to show the reader is strict regardless.
    private final SubmissionReader reader = new SubmissionReader(JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

    @Test
    void readsAValidTaskIntoTheWireContract() {
        DecisionTask task = this.reader.readTask(bytes(VALID)).toTask(() -> "unused");

        assertThat(task.taskId()).isEqualTo("t-1");
        assertThat(task.serviceType()).isEqualTo(ServiceType.TRACKING);
        assertThat(task.candidates()).hasSize(2);
        assertThat(task.schemaVersion()).isEqualTo(DecisionTask.CURRENT_SCHEMA_VERSION);
    }

    @Test
    void assignsAnIdOnlyWhenTheClientSentNone() {
        String withoutId = VALID.replace("\"taskId\":\"t-1\",", "");

        assertThat(this.reader.readTask(bytes(withoutId)).toTask(() -> "assigned").taskId()).isEqualTo("assigned");
        assertThat(this.reader.readTask(bytes(VALID)).toTask(() -> "assigned").taskId()).isEqualTo("t-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field even if the app mapper ignores them | \"taskId\":\"t-1\"       | \"taskId\":\"t-1\",\"x\":1      | invalid-task   | x",
            "duplicate field                                   | \"taskId\":\"t-1\"       | \"taskId\":\"t-1\",\"taskId\":\"t-2\" | malformed-json | taskId",
            "string for a number                               | \"confidence\":0.8       | \"confidence\":\"0.8\"        | invalid-task   | candidates[0].confidence",
            "fraction for an integer                           | \"taskId\":\"t-1\"       | \"taskId\":\"t-1\",\"schemaVersion\":1.0 | invalid-task | schemaVersion",
            "number for a string                               | \"storeId\":\"s-1\"      | \"storeId\":42                | invalid-task   | storeId",
            "boolean for a string                              | \"taskId\":\"t-1\"       | \"taskId\":true             | invalid-task   | taskId",
            "unknown service type                              | \"tracking\"             | \"weather\"                   | invalid-task   | serviceType" })
    void rejectsWhatALenientMapperWouldLetThrough(String name, String valid, String broken, String slug, String field) {
        byte[] body = bytes(VALID.replace(valid, broken));

        assertThatExceptionOfType(TaskRejectedException.class)
                .isThrownBy(() -> this.reader.readTask(body).toTask(() -> "id"))
                .satisfies(ex -> {
                    assertThat(ex.slug()).isIn(slug, "invalid-task");
                    assertThat(ex.field()).isEqualTo(field);
                });
    }

    @Test
    void namesAnItemsFieldsBelowItsPlaceInTheBatch() {
        JsonNode item = JsonMapper.builder().build().readTree(VALID.replace("\"confidence\":0.8", "\"confidence\":[1]"));

        assertThatExceptionOfType(TaskRejectedException.class)
                .isThrownBy(() -> this.reader.readTask(item, "tasks[7]"))
                .satisfies(ex -> assertThat(ex.field()).isEqualTo("tasks[7].candidates[0].confidence"));
    }

    @Test
    void rejectsABatchEnvelopeWithAnUnknownField() {
        assertThatExceptionOfType(TaskRejectedException.class)
                .isThrownBy(() -> this.reader.readBatch(bytes("{\"tasks\":[" + VALID + "],\"mode\":\"fast\"}")))
                .satisfies(ex -> {
                    assertThat(ex.slug()).isEqualTo(TaskRejectedException.INVALID_BATCH);
                    assertThat(ex.field()).isEqualTo("mode");
                });
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
