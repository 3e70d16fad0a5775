package com.decisionsuite.api.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

import com.decisionsuite.api.intake.IntakeHttp.Reply;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskIntakeIntegrationTests {

    private static final ServiceType[] TYPES = ServiceType.values();

    private static ExecutorService clients;

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    MeterRegistry meters;

    IntakeHttp http;

    TaskStreamsProbe streams;

    @BeforeAll
    static void startClients() {
        clients = Executors.newFixedThreadPool(20);
    }

    @AfterAll
    static void stopClients() throws InterruptedException {
        clients.shutdownNow();
        clients.awaitTermination(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void setUp() {
        this.http = new IntakeHttp(this.port);
        this.streams = new TaskStreamsProbe(this.redis);
        this.streams.reset();
    }

    @Test
    void queuesExactlyOneEntryPerDistinctTaskIdAcrossThousandSinglesAndTenBatches() {
        List<CompletableFuture<Reply>> singles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // 700 distinct ids, 300 repeats, and every 50th task leaves its id to the API.
            String id = i % 50 == 0 ? null : "mix-" + (i % 700);
            singles.add(CompletableFuture.supplyAsync(() -> this.http.post("/v1/tasks", IntakeHttp.task(id, typeOf(id))), clients));
        }
        List<CompletableFuture<Reply>> batches = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (int j = 0; j < 100; j++) {
                // Overlaps the singles (500..699), the neighbouring batch, and repeats its own first id at the end.
                String id = "mix-" + (500 + b * 60 + (j == 99 ? 0 : j));
                tasks.add(IntakeHttp.task(id, typeOf(id)));
            }
            batches.add(CompletableFuture.supplyAsync(() -> this.http.post("/v1/tasks/batch", Map.of("tasks", tasks)), clients));
        }

        Set<String> expected = new HashSet<>();
        for (CompletableFuture<Reply> single : singles) {
            Reply reply = single.join();
            assertThat(reply.status()).as(reply.body()).isEqualTo(202);
            expected.add(reply.json().get("taskId").stringValue());
        }
        for (CompletableFuture<Reply> batch : batches) {
            Reply reply = batch.join();
            assertThat(reply.status()).as(reply.body()).isEqualTo(202);
            assertThat(reply.json().get("rejected")).isEmpty();
            assertThat(reply.json().get("accepted")).hasSize(100);
            reply.json().get("accepted").forEach(item -> expected.add(item.get("taskId").stringValue()));
        }

        List<String> queued = this.streams.queuedTaskIds();
        assertThat(queued).doesNotHaveDuplicates();
        assertThat(queued).containsExactlyInAnyOrderElementsOf(expected);
        // Singles: 0..699 less the 14 multiples of 50 (their i is always a multiple of 50) = 686; batches: 500..1138
        // = 639; both: 196; plus 20 assigned ids. 2,000 submissions, so 851 of them were repeats.
        assertThat(expected).hasSize(686 + 639 - 196 + 20);
    }

    @Test
    void answersTwentyConcurrentRepeatsOfOneIdWithAcceptedAndQueuesItOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return this.http.post("/v1/tasks", IntakeHttp.task("same-id-1", "tracking"));
            }, clients));
        }
        start.countDown();

        for (CompletableFuture<Reply> reply : replies) {
            assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(202);
            assertThat(reply.get().json().get("taskId").stringValue()).isEqualTo("same-id-1");
        }
        assertThat(this.streams.queuedTaskIds()).containsExactly("same-id-1");
    }

    @Test
    void acceptsATaskWithAnswerLocationAndTheWireFieldsOfTheEntry() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Reply reply = this.http.post("/v1/tasks", IntakeHttp.task("wire-1", "product-recognition"), "traceparent", traceparent);

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.header("Location")).isEqualTo("/v1/tasks/wire-1");
        assertThat(reply.json().get("status").stringValue()).isEqualTo("ACCEPTED");
        MapRecord<String, Object, Object> entry = this.streams.entries().get(0);
        assertThat(entry.getStream()).isEqualTo("decision-tasks:{product-recognition}");
        // The trace context handed on is the intake span's (IntakeTracingIntegrationTests checks its lineage).
        assertThat(entry.getValue()).containsKeys(TaskStreams.FIELD_TASK, TaskStreams.FIELD_ACCEPTED_AT,
                TaskStreams.FIELD_TRACEPARENT);
        long acceptedAtMicros = Long.parseLong((String) entry.getValue().get(TaskStreams.FIELD_ACCEPTED_AT));
        assertThat(acceptedAtMicros / 1000).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
    }

    @Test
    void assignsAUuidWhenTheTaskHasNoId() {
        Reply reply = this.http.post("/v1/tasks", IntakeHttp.task(null, "tracking"));

        String assigned = reply.json().get("taskId").stringValue();
        assertThat(assigned).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(reply.header("Location")).isEqualTo("/v1/tasks/" + assigned);
        assertThat(this.streams.queuedTaskIds()).containsExactly(assigned);
    }

    @Test
    void queuesTheValidItemsOfAMixedBatchAndReportsTheOthersByIndex() {
        Map<String, Object> badConfidence = IntakeHttp.task("mixed-2", "tracking");
        ((Map<String, Object>) ((List<?>) badConfidence.get("candidates")).get(1)).put("confidence", 1.2);
        Map<String, Object> unknownType = IntakeHttp.task("mixed-3", "weather");
        List<Object> tasks = List.of(IntakeHttp.task("mixed-0", "tracking"), IntakeHttp.task(null, "cart-verification"),
                badConfidence, unknownType, "not a task", IntakeHttp.task("mixed-0", "tracking"));

        Reply reply = this.http.post("/v1/tasks/batch", Map.of("tasks", tasks));

        assertThat(reply.status()).isEqualTo(202);
        JsonNode accepted = reply.json().get("accepted");
        assertThat(accepted).extracting(item -> item.get("index").asInt()).containsExactly(0, 1, 5);
        assertThat(accepted.get(2).get("taskId").stringValue()).isEqualTo("mixed-0");
        JsonNode rejected = reply.json().get("rejected");
        assertThat(rejected).extracting(item -> item.get("index").asInt()).containsExactly(2, 3, 4);
        assertThat(rejected).extracting(item -> item.get("field").stringValue())
                .containsExactly("tasks[2].candidates[1].confidence", "tasks[3].serviceType", "tasks[4]");
        assertThat(rejected.get(0).get("type").stringValue()).isEqualTo("https://decisionsuite.dev/problems/invalid-task");
        assertThat(rejected.get(0).get("taskId").stringValue()).isEqualTo("mixed-2");
        assertThat(this.streams.queuedTaskIds())
                .containsExactlyInAnyOrder("mixed-0", accepted.get(1).get("taskId").stringValue());
    }

    @Test
    void rejectsABatchWithoutAnyValidItemAsAProblemListingEachItem() {
        Map<String, Object> noCandidates = IntakeHttp.task("none-1", "tracking");
        noCandidates.remove("candidates");

        Reply reply = this.http.post("/v1/tasks/batch", Map.of("tasks", List.of(noCandidates)));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").stringValue()).isEqualTo("https://decisionsuite.dev/problems/batch-rejected");
        assertThat(reply.json().get("rejected").get(0).get("field").stringValue()).isEqualTo("tasks[0].candidates");
        assertThat(this.streams.totalLength()).isZero();
    }

    @Test
    void createsTheConsumerGroupFromTheStartWhenTheStreamIsMissing() {
        this.http.post("/v1/tasks", IntakeHttp.task("group-1", "action-recognition"));

        assertThat(this.streams.groups(ServiceType.ACTION_RECOGNITION)).singleElement().satisfies(group -> {
            assertThat(group.groupName()).isEqualTo(TaskStreams.GROUP);
            assertThat(group.lastDeliveredId()).isEqualTo("0-0");
        });
    }

    @Test
    void countsAcceptedDuplicateAndRejectedTasksByServiceType() {
        double accepted = count("cart-verification", "accepted");
        double duplicate = count("cart-verification", "duplicate");
        double rejected = count("cart-verification", "rejected");
        Map<String, Object> invalid = IntakeHttp.task("count-2", "cart-verification");
        invalid.put("storeId", "no spaces allowed");

        this.http.post("/v1/tasks", IntakeHttp.task("count-1", "cart-verification"));
        this.http.post("/v1/tasks", IntakeHttp.task("count-1", "cart-verification"));
        this.http.post("/v1/tasks", invalid);

        assertThat(count("cart-verification", "accepted")).isEqualTo(accepted + 1);
        assertThat(count("cart-verification", "duplicate")).isEqualTo(duplicate + 1);
        assertThat(count("cart-verification", "rejected")).isEqualTo(rejected + 1);
    }

    private double count(String type, String result) {
        return this.meters.get("decision.intake.tasks").tag("service_type", type).tag("result", result).counter().count();
    }

    private static String typeOf(String taskId) {
        return TYPES[Math.floorMod(String.valueOf(taskId).hashCode(), TYPES.length)].wireName();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
