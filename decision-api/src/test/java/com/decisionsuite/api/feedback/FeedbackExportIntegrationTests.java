package com.decisionsuite.api.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.api.review.HttpApi;
import com.decisionsuite.api.review.HttpApi.Reply;
import com.decisionsuite.api.review.ReviewFixtures;
import com.decisionsuite.api.review.ReviewFixtures.Task;
import com.decisionsuite.api.review.ReviewIntegrationTest;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;

import tools.jackson.databind.JsonNode;

/**
 * Verdicts given through the API come back as JSON Lines, filtered by window, store and service type.
 */
@ReviewIntegrationTest
class FeedbackExportIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;

    ReviewFixtures fixtures;

    String store;

    @BeforeEach
    void setUp() {
        this.api = new HttpApi(this.port);
        this.fixtures = new ReviewFixtures(this.jdbc);
        this.store = ReviewFixtures.newStore();
    }

    @Test
    void exportsReviewedTasksWithProposalAndVerdictAsJsonLines() {
        Instant from = ReviewFixtures.now();
        this.fixtures.insert(List.of(
                Task.escalation(this.store, "x1", ServiceType.PRODUCT_RECOGNITION, from.plusSeconds(60)),
                Task.audit(this.store, "x2", ServiceType.TRACKING, DecisionOutcome.AUTO_ACCEPTED),
                Task.escalation(this.store, "x3", ServiceType.PRODUCT_RECOGNITION, from.plusSeconds(3000))));
        decideNext("CORRECT", "sku-2");
        decideNext("CONFIRM", null);

        HttpResponse<Stream<String>> response = this.api.lines("/v1/feedback/export?storeId=" + this.store
                + "&from=" + from.minusSeconds(1) + "&to=" + ReviewFixtures.now().plusSeconds(1));
        List<JsonNode> lines = response.body().map(HttpApi::parse).toList();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/x-ndjson"));
        assertThat(lines).extracting(line -> line.path("taskId").asString())
                .containsExactly(this.store + "-x1", this.store + "-x2");
        JsonNode corrected = lines.get(0);
        assertThat(corrected.path("kind").asString()).isEqualTo("ESCALATION");
        assertThat(corrected.path("task").path("candidates")).hasSize(2);
        assertThat(corrected.path("proposal").path("label").asString()).isEqualTo("sku-1");
        assertThat(corrected.path("proposal").path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(corrected.path("verdict").path("verdict").asString()).isEqualTo("CORRECT");
        assertThat(corrected.path("verdict").path("finalLabel").asString()).isEqualTo("sku-2");
        assertThat(corrected.path("verdict").path("agreesWithModel").asBoolean()).isFalse();
        assertThat(lines.get(1).path("kind").asString()).isEqualTo("AUDIT");
        assertThat(lines.get(1).path("verdict").path("agreesWithModel").asBoolean()).isTrue();
    }

    @Test
    void exportFiltersByWindowAndServiceType() {
        Instant from = ReviewFixtures.now();
        this.fixtures.insert(List.of(
                Task.escalation(this.store, "y1", ServiceType.PRODUCT_RECOGNITION, from.plusSeconds(60)),
                Task.escalation(this.store, "y2", ServiceType.TRACKING, from.plusSeconds(120))));
        decideNext("CONFIRM", null);
        decideNext("REJECT_ALL", null);
        long old = this.fixtures.insert(Task.escalation(this.store, "y0", ServiceType.TRACKING, from.minusSeconds(7200)));
        this.jdbc.update("INSERT INTO review_verdict (review_id, task_id, kind, service_type, store_id, verdict, "
                + "final_label, model_label, agrees_with_model, reviewer, lease_token, decided_at) VALUES (?, ?, "
                + "'ESCALATION', 'tracking', ?, 'CONFIRM', 'sku-1', 'sku-1', TRUE, 'eve', ?, ?)", old, this.store + "-y0",
                this.store, "11111111-1111-1111-1111-111111111111", Timestamp.from(from.minus(Duration.ofDays(2))));

        assertThat(taskIds("&serviceType=tracking")).containsExactly(this.store + "-y2");
        assertThat(taskIds("&serviceType=tracking&from=" + from.minus(Duration.ofDays(3))))
                .containsExactly(this.store + "-y0", this.store + "-y2");
        assertThat(taskIds("&from=" + from.minus(Duration.ofDays(3)) + "&to=" + from)).containsExactly(this.store + "-y0");
        assertThat(taskIds("&kind=AUDIT")).isEmpty();
    }

    @Test
    void invalidExportParametersAreProblemsNamingTheField() {
        Reply badFrom = this.api.get("/v1/feedback/export?from=yesterday");
        Reply reversed = this.api.get("/v1/feedback/export?from=2026-11-22T10:00:00Z&to=2026-11-22T09:00:00Z");
        Reply badType = this.api.get("/v1/feedback/export?serviceType=telepathy");

        assertThat(List.of(badFrom, reversed, badType)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.problemType()).isEqualTo("invalid-field");
        });
        assertThat(badFrom.json().path("field").asString()).isEqualTo("from");
        assertThat(badType.json().path("field").asString()).isEqualTo("serviceType");
    }

    private List<String> taskIds(String query) {
        Reply reply = this.api.get("/v1/feedback/export?storeId=" + this.store + query);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().lines().map(line -> HttpApi.parse(line).path("taskId").asString()).toList();
    }

    private void decideNext(String verdict, String label) {
        JsonNode claim = this.api.post("/v1/reviews/claim", Map.of("reviewer", "frank", "storeIds", List.of(this.store)))
                .json();
        assertThat(this.api.verdict(claim.path("reviewId").asLong(), claim.path("leaseToken").asString(), verdict, label)
                .status()).isEqualTo(200);
    }
}
