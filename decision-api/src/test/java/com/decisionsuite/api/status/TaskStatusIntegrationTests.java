package com.decisionsuite.api.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import com.decisionsuite.api.intake.IntakeHttp;
import com.decisionsuite.api.intake.IntakeHttp.Reply;
import com.decisionsuite.api.intake.TaskStreamsProbe;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskStatusIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    IntakeHttp http;

    @BeforeEach
    void setUp() {
        this.http = new IntakeHttp(this.port);
        new TaskStreamsProbe(this.redis).reset();
        this.jdbc.sql("DELETE FROM decision WHERE task_id LIKE 'status-%'").update();
    }

    @Test
    void reportsAQueuedTaskAsAcceptedWithItsServiceType() {
        this.http.post("/v1/tasks", IntakeHttp.task("status-queued", "product-recognition"));

        Reply reply = this.http.get("/v1/tasks/status-queued");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").stringValue()).isEqualTo("ACCEPTED");
        assertThat(reply.json().get("serviceType").stringValue()).isEqualTo("product-recognition");
        assertThat(reply.json().get("acceptedAt").stringValue()).isNotBlank();
        assertThat(reply.json().has("decision")).isFalse();
    }

    @Test
    void reportsARecordedDecisionWithItsExplanation() {
        this.http.post("/v1/tasks", IntakeHttp.task("status-decided", "tracking"));
        insertDecision("status-decided", "AUTO_ACCEPTED");

        Reply reply = this.http.get("/v1/tasks/status-decided");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("status").stringValue()).isEqualTo("DECIDED");
        assertThat(body.get("decidedBy").stringValue()).isEqualTo("worker");
        assertThat(body.get("storeId").stringValue()).isEqualTo("store-0042");
        assertThat(body.get("acceptedAt").stringValue()).isEqualTo("2026-11-22T10:15:31.123456Z");
        JsonNode decision = body.get("decision");
        assertThat(decision.get("outcome").stringValue()).isEqualTo("AUTO_ACCEPTED");
        assertThat(decision.get("proposedLabel").stringValue()).isEqualTo("sku-1");
        assertThat(decision.get("score").asDouble()).isEqualTo(0.97);
        assertThat(decision.get("margin").asDouble()).isEqualTo(0.95);
        assertThat(decision.get("acceptThreshold").asDouble()).isEqualTo(0.92);
        assertThat(decision.has("rejectThreshold")).isFalse();
        assertThat(decision.get("minMargin").asDouble()).isEqualTo(0.15);
        assertThat(decision.get("configSource").stringValue()).isEqualTo("store");
        assertThat(decision.get("configVersion").asInt()).isEqualTo(3);
        assertThat(decision.get("policy").stringValue()).isEqualTo("top1-margin");
        assertThat(decision.get("reason").stringValue()).isEqualTo("THRESHOLDS_MET");
        assertThat(decision.get("reasonDetail").stringValue()).isEqualTo("score 0.97 >= 0.92, margin 0.95 >= 0.15");
        assertThat(decision.get("decidedAt").stringValue()).isEqualTo("2026-11-22T10:15:32Z");
        assertThat(body.has("review")).isFalse();
    }

    @Test
    void reportsADecisionEvenAfterTheIdempotencyKeyExpired() {
        insertDecision("status-old", "ESCALATED");

        Reply reply = this.http.get("/v1/tasks/status-old");

        assertThat(reply.json().get("decision").get("outcome").stringValue()).isEqualTo("ESCALATED");
    }

    @Test
    void answersNotFoundForAnUnknownTask() {
        Reply reply = this.http.get("/v1/tasks/status-never-seen");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").stringValue()).isEqualTo("https://decisionsuite.dev/problems/task-not-found");
    }

    @Test
    void rejectsATaskIdOutsideTheIdGrammar() {
        Reply reply = this.http.get("/v1/tasks/bad%20id");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("field").stringValue()).isEqualTo("taskId");
    }

    private void insertDecision(String taskId, String outcome) {
        this.jdbc.sql("""
                INSERT INTO decision (task_id, service_type, store_id, subject_id, outcome, proposed_label, score, margin,
                    accept_threshold, reject_threshold, min_margin, review_mode, config_source, config_version, policy,
                    reason, reason_detail, audit_sampled, worker_id, stream_entry_id, delivery_count, occurred_at,
                    accepted_at, decided_at, task_json)
                VALUES (?, 'tracking', 'store-0042', 'cart-17', ?, 'sku-1', 0.97, 0.95, 0.92, NULL, 0.15, 'AUTO', 'store',
                    3, 'top1-margin', 'THRESHOLDS_MET', 'score 0.97 >= 0.92, margin 0.95 >= 0.15', FALSE, 'worker-a',
                    '1-0', 1, '2026-11-22 10:15:30', '2026-11-22 10:15:31.123456', '2026-11-22 10:15:32', '{}')
                """)
                .params(taskId, outcome)
                .update();
    }
}
