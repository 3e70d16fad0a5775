package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.decisionsuite.api.review.HttpApi.Reply;
import com.decisionsuite.api.review.ReviewFixtures.Task;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * One store's queue driven through the API, then read back through stats, the list and the gauges:
 * tracking has one pending item and one overdue item in review; cart verification had two escalations (one agreed,
 * one corrected) and one audit (agreed) decided.
 */
@ReviewIntegrationTest
class ReviewStatsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    ReviewProperties properties;

    HttpApi api;

    String store;

    long pending;

    long inReview;

    @BeforeEach
    void driveOneStoresQueue() {
        this.api = new HttpApi(this.port);
        this.store = ReviewFixtures.newStore();
        Instant now = ReviewFixtures.now();
        List<Long> ids = new ReviewFixtures(this.jdbc).insert(List.of(
                Task.escalation(this.store, "p1", ServiceType.TRACKING, now.plusSeconds(600)).createdAt(now.minusSeconds(600)),
                Task.escalation(this.store, "p2", ServiceType.TRACKING, now.minusSeconds(10)).createdAt(now.minusSeconds(300)),
                Task.escalation(this.store, "c1", ServiceType.CART_VERIFICATION, now.plusSeconds(1000)).createdAt(now.minusSeconds(50)),
                Task.escalation(this.store, "c2", ServiceType.CART_VERIFICATION, now.plusSeconds(1000)).createdAt(now.minusSeconds(40)),
                Task.audit(this.store, "a1", ServiceType.CART_VERIFICATION, DecisionOutcome.AUTO_ACCEPTED)));
        this.pending = ids.get(0);
        this.inReview = ids.get(1);
        assertThat(this.api.post("/v1/reviews/claim", Map.of("reviewer", "alice", "storeIds", List.of(this.store),
                "serviceTypes", List.of("tracking"))).json().path("reviewId").asLong()).isEqualTo(this.inReview);
        decideNextCart("CONFIRM", null);
        decideNextCart("CONFIRM", null);
        decideNextCart("CORRECT", "sku-2");
    }

    @Test
    void statsMatchWhatReviewersDid() {
        JsonNode stats = this.api.get("/v1/reviews/stats?storeId=" + this.store).json();

        JsonNode totals = stats.path("totals");
        assertThat(totals.path("pending").asLong()).isEqualTo(1);
        assertThat(totals.path("inReview").asLong()).isEqualTo(1);
        assertThat(totals.path("overdue").asLong()).isEqualTo(1);
        assertThat(totals.path("escalationVerdicts").asLong()).isEqualTo(2);
        assertThat(totals.path("auditVerdicts").asLong()).isEqualTo(1);
        assertThat(stats.path("queues")).hasSize(1);
        JsonNode tracking = stats.path("queues").get(0);
        assertThat(tracking.path("serviceType").asString()).isEqualTo("tracking");
        assertThat(tracking.path("oldestPendingAgeSeconds").asLong()).isBetween(600L, 900L);
        List<JsonNode> hours = StreamSupport.stream(stats.path("verdictsPerHour").spliterator(), false).toList();
        assertThat(hours.stream().mapToLong(h -> h.path("escalations").asLong()).sum()).isEqualTo(2);
        assertThat(hours.stream().mapToLong(h -> h.path("audits").asLong()).sum()).isEqualTo(1);
        assertThat(stats.path("agreement")).hasSize(1);
        JsonNode cart = stats.path("agreement").get(0);
        assertThat(cart.path("serviceType").asString()).isEqualTo("cart-verification");
        assertThat(cart.path("escalations").path("verdicts").asLong()).isEqualTo(2);
        assertThat(cart.path("escalations").path("disagreements").asLong()).isEqualTo(1);
        assertThat(cart.path("escalations").path("agreementRate").asDouble()).isEqualTo(0.5);
        assertThat(cart.path("audits").path("agreementRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void listFiltersByEffectiveStatusReviewerKindAndOverdueAndPagesInQueueOrder() {
        assertThat(ids("storeId=" + this.store + "&status=PENDING")).containsExactly(this.pending);
        assertThat(ids("storeId=" + this.store + "&status=CLAIMED")).containsExactly(this.inReview);
        assertThat(ids("storeId=" + this.store + "&reviewer=alice")).containsExactly(this.inReview);
        assertThat(ids("storeId=" + this.store + "&overdue=true")).containsExactly(this.inReview);
        assertThat(ids("storeId=" + this.store + "&status=DONE")).hasSize(3);
        assertThat(ids("storeId=" + this.store + "&kind=AUDIT&serviceType=cart-verification")).hasSize(1);

        JsonNode firstPage = this.api.get("/v1/reviews?storeId=" + this.store + "&size=2").json();
        assertThat(firstPage.path("totalItems").asLong()).isEqualTo(5);
        assertThat(firstPage.path("totalPages").asInt()).isEqualTo(3);
        assertThat(ids("storeId=" + this.store + "&size=2")).containsExactly(this.inReview, this.pending);
        Reply badStatus = this.api.get("/v1/reviews?status=LOST");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().path("field").asString()).isEqualTo("status");
    }

    @Test
    void gaugesShowTheStoresQueue() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gauge("decision.review.pending")).isEqualTo(1.0);
            assertThat(gauge("decision.review.in_review")).isEqualTo(1.0);
            assertThat(gauge("decision.review.overdue")).isEqualTo(1.0);
            assertThat(gauge("decision.review.oldest.age")).isBetween(600.0, 900.0);
        });
        assertThat(this.jdbc.queryForObject("SELECT overdue FROM review_item WHERE id = ?", Boolean.class, this.inReview))
                .isTrue();
    }

    @Test
    void queueDepthsAcrossStoresAreReadOncePerRefreshAndOneStoreLive() {
        // An instance of its own, so the gauges' refresh of the context's one cannot interleave (refresh is 200 ms here).
        QueueDepths depths = new QueueDepths(JdbcClient.create(this.jdbc), this.properties);
        Instant now = ReviewFixtures.now();
        QueueDepths.Reading first = depths.current(now, null, null);
        long pendingHere = pendingOf(first);
        new ReviewFixtures(this.jdbc).insert(List.of(
                Task.escalation(this.store, "p3", ServiceType.TRACKING, now.plusSeconds(600)).createdAt(now)));

        QueueDepths.Reading shared = depths.current(now.plusMillis(100), null, null);
        QueueDepths.Reading oneStore = depths.current(now.plusMillis(100), this.store, null);
        QueueDepths.Reading next = depths.current(now.plusMillis(200), null, ServiceType.TRACKING);

        assertThat(shared.readAt()).isEqualTo(first.readAt());
        assertThat(pendingOf(shared)).isEqualTo(pendingHere);
        assertThat(oneStore.readAt()).isEqualTo(now.plusMillis(100));
        assertThat(pendingOf(oneStore)).isEqualTo(pendingHere + 1);
        assertThat(next.readAt()).isEqualTo(now.plusMillis(200));
        assertThat(pendingOf(next)).isEqualTo(pendingHere + 1);
        assertThat(next.queues()).allMatch(d -> d.serviceType() == ServiceType.TRACKING);
        JsonNode stats = this.api.get("/v1/reviews/stats").json();
        assertThat(stats.path("queuesAsOf").isString()).isTrue();
    }

    private long pendingOf(QueueDepths.Reading reading) {
        return reading.queues().stream()
                .filter(d -> d.storeId().equals(this.store) && d.serviceType() == ServiceType.TRACKING)
                .mapToLong(QueueDepth::pending).sum();
    }

    @Test
    void queueDepthsAcrossStoresAreReadFromTheIndexAlone() {
        // Without a covering index this scan reads one row per open item, over 20 s at 300,000 open items.
        List<Map<String, Object>> plan = JdbcClient.create(this.jdbc).sql("EXPLAIN " + QueueDepths.sql(null))
                .param("now", Timestamp.from(Instant.now()))
                .param("storeId", null)
                .param("serviceType", null)
                .query()
                .listOfRows();

        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("key")).isEqualTo("ix_review_lease");
        // "Using index", not "Using index condition" (which still reads every row).
        assertThat(String.valueOf(plan.get(0).get("Extra")).split(";\\s*")).contains("Using index");
    }

    private double gauge(String name) {
        Gauge gauge = this.registry.find(name).tags("service_type", "tracking", "store_id", this.store).gauge();
        return gauge == null ? Double.NaN : gauge.value();
    }

    private List<Long> ids(String query) {
        Reply reply = this.api.get("/v1/reviews?" + query);
        assertThat(reply.status()).isEqualTo(200);
        return StreamSupport.stream(reply.json().path("items").spliterator(), false)
                .map(item -> item.path("reviewId").asLong())
                .toList();
    }

    private void decideNextCart(String verdict, String label) {
        JsonNode claim = this.api.post("/v1/reviews/claim", Map.of("reviewer", "bob", "storeIds", List.of(this.store),
                "serviceTypes", List.of("cart-verification"))).json();
        assertThat(this.api.verdict(claim.path("reviewId").asLong(), claim.path("leaseToken").asString(), verdict, label)
                .status()).isEqualTo(200);
    }
}
