package com.decisionsuite.api.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.decisionsuite.api.intake.IntakeHttp.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input of the intake contract: 400 problem+json naming the JSON path, and nothing queued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvalidTaskIntegrationTests {

    private static final String PROBLEMS = "https://decisionsuite.dev/problems/";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    IntakeHttp http;

    TaskStreamsProbe streams;

    @BeforeEach
    void setUp() {
        this.http = new IntakeHttp(this.port);
        this.streams = new TaskStreamsProbe(this.redis);
        this.streams.reset();
        // A queued task, so "untouched" is checked against a stream that exists.
        assertThat(this.http.post("/v1/tasks", IntakeHttp.task("already-there", "tracking")).status()).isEqualTo(202);
    }

    static Stream<Arguments> invalidTasks() {
        return Stream.of(
                mutated("unknown service type", t -> t.put("serviceType", "weather"), "serviceType"),
                mutated("missing service type", t -> t.remove("serviceType"), "serviceType"),
                mutated("missing store", t -> t.remove("storeId"), "storeId"),
                mutated("bad store characters", t -> t.put("storeId", "store 42"), "storeId"),
                mutated("missing candidates", t -> t.remove("candidates"), "candidates"),
                mutated("no candidates", t -> t.put("candidates", List.of()), "candidates"),
                mutated("too many candidates", t -> t.put("candidates", candidates(101)), "candidates"),
                mutated("null candidate", t -> candidate(t, 1, null), "candidates[1]"),
                mutated("confidence above 1", t -> confidence(t, 3, 1.5), "candidates[3].confidence"),
                mutated("negative confidence", t -> confidence(t, 0, -0.01), "candidates[0].confidence"),
                mutated("missing confidence", t -> candidate(t, 2, Map.of("label", "sku-9")), "candidates[2].confidence"),
                mutated("null confidence", t -> confidence(t, 0, null), "candidates[0].confidence"),
                mutated("confidence as a string", t -> confidence(t, 0, "0.9"), "candidates[0].confidence"),
                mutated("missing label", t -> candidate(t, 0, Map.of("confidence", 0.5)), "candidates[0].label"),
                mutated("unknown candidate field", t -> candidate(t, 1, Map.of("label", "a", "confidence", 0.5, "weight", 2)),
                        "candidates[1].weight"),
                mutated("oversized context", t -> t.put("context", Map.of("blob", "x".repeat(16 * 1024))), "context"),
                mutated("context not an object", t -> t.put("context", List.of(1, 2)), "context"),
                mutated("bad task id characters", t -> t.put("taskId", "task/42 ?"), "taskId"),
                mutated("task id too long", t -> t.put("taskId", "t".repeat(65)), "taskId"),
                mutated("empty task id", t -> t.put("taskId", ""), "taskId"),
                mutated("task id not a string", t -> t.put("taskId", List.of("a")), "taskId"),
                mutated("missing occurredAt", t -> t.remove("occurredAt"), "occurredAt"),
                mutated("occurredAt not an instant", t -> t.put("occurredAt", "yesterday"), "occurredAt"),
                mutated("blank subject", t -> t.put("subjectId", " "), "subjectId"),
                mutated("unsupported schema version", t -> t.put("schemaVersion", 2), "schemaVersion"),
                mutated("fractional schema version", t -> t.put("schemaVersion", 1.5), "schemaVersion"),
                mutated("unknown field", t -> t.put("priority", "high"), "priority"));
    }

    static Stream<Arguments> malformedBodies() {
        String valid = IntakeHttp.json(IntakeHttp.task("m-1", "tracking"));
        return Stream.of(
                Arguments.of("not JSON", "this is not json", "body"),
                Arguments.of("empty body", "", "body"),
                Arguments.of("truncated", valid.substring(0, valid.indexOf("\"storeId\"") + 12), "storeId"),
                Arguments.of("duplicate field", valid.replaceFirst("\\{", "{\"taskId\":\"m-0\","), "taskId"),
                Arguments.of("trailing garbage", valid + " {}", "body"),
                Arguments.of("array instead of object", "[" + valid + "]", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTasks")
    void rejectsAnInvalidTaskNamingTheFieldAndQueuesNothing(String name, Map<String, Object> task, String field) {
        assertRejected(this.http.post("/v1/tasks", task), "invalid-task", field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTasks")
    void rejectsTheSameInvalidTaskInsideABatchByItsPath(String name, Map<String, Object> task, String field) {
        Reply reply = this.http.post("/v1/tasks/batch", Map.of("tasks", List.of(task)));

        assertRejected(reply, "batch-rejected", "tasks[0]." + field);
        assertThat(reply.json().get("rejected").get(0).get("field").stringValue()).isEqualTo("tasks[0]." + field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBodies")
    void rejectsMalformedJsonNamingWhereItBrokeAndQueuesNothing(String name, String body, String field) {
        Reply reply = this.http.post("/v1/tasks", body);

        assertThat(reply.json().get("type").stringValue()).as(reply.body()).isIn(PROBLEMS + "malformed-json", PROBLEMS + "invalid-task");
        assertRejected(reply, null, field);
    }

    @Test
    void rejectsABatchEnvelopeOutsideOneToFiveHundredTasks() {
        assertRejected(this.http.post("/v1/tasks/batch", Map.of("tasks", List.of())), "invalid-batch", "tasks");
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(IntakeHttp.task("many-" + i, "tracking"));
        }
        assertRejected(this.http.post("/v1/tasks/batch", Map.of("tasks", tooMany)), "invalid-batch", "tasks");
        assertRejected(this.http.post("/v1/tasks/batch", Map.of("items", List.of())), "invalid-batch", "items");
        assertRejected(this.http.post("/v1/tasks/batch", "{}"), "invalid-batch", "tasks");
    }

    @Test
    void answersUnsupportedMediaTypeForANonJsonBody() {
        Reply reply = this.http.send("POST", "/v1/tasks", "text/plain", IntakeHttp.json(IntakeHttp.task("plain-1", "tracking")));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").stringValue()).isEqualTo(PROBLEMS + "unsupported-media-type");
        assertThat(this.streams.queuedTaskIds()).containsExactly("already-there");
    }

    private void assertRejected(Reply reply, String slug, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        if (slug != null) {
            assertThat(reply.json().get("type").stringValue()).isEqualTo(PROBLEMS + slug);
        }
        assertThat(reply.json().get("field").stringValue()).as(reply.body()).isEqualTo(field);
        assertThat(reply.json().get("detail").stringValue()).isNotBlank();
        assertThat(this.streams.queuedTaskIds()).containsExactly("already-there");
        assertThat(this.streams.idempotencyKeyCount()).isOne();
    }

    private static Arguments mutated(String name, Consumer<Map<String, Object>> mutation, String field) {
        Map<String, Object> task = IntakeHttp.task("bad-1", "tracking");
        task.put("candidates", candidates(4));
        mutation.accept(task);
        return Arguments.of(name, task, field);
    }

    private static List<Object> candidates(int count) {
        List<Object> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new java.util.LinkedHashMap<String, Object>(Map.of("label", "sku-" + i, "confidence", 0.5)));
        }
        return candidates;
    }

    @SuppressWarnings("unchecked")
    private static void confidence(Map<String, Object> task, int index, Object value) {
        ((Map<String, Object>) ((List<Object>) task.get("candidates")).get(index)).put("confidence", value);
    }

    @SuppressWarnings("unchecked")
    private static void candidate(Map<String, Object> task, int index, Object value) {
        ((List<Object>) task.get("candidates")).set(index, value);
    }
}
