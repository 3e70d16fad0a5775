package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.api.review.HttpApi.Reply;
import com.decisionsuite.api.review.ReviewFixtures.Task;
import com.decisionsuite.model.ServiceType;

import tools.jackson.databind.JsonNode;

@ReviewIntegrationTest
class ReviewClaimIntegrationTests {

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
    void claimsOverdueFirstThenEarliestDeadlineThenOldest() {
        Instant now = ReviewFixtures.now();
        Instant deadline = now.plusSeconds(600);
        long newerSameDeadline = this.fixtures.insert(Task.escalation(this.store, "newer", ServiceType.TRACKING, deadline)
                .createdAt(now.minusSeconds(10)));
        long olderSameDeadline = this.fixtures.insert(Task.escalation(this.store, "older", ServiceType.TRACKING, deadline)
                .createdAt(now.minusSeconds(100)));
        long later = this.fixtures.insert(Task.escalation(this.store, "later", ServiceType.TRACKING, now.plusSeconds(900)));
        long overdue = this.fixtures.insert(Task.escalation(this.store, "overdue", ServiceType.TRACKING, now.minusSeconds(30)));

        List<Long> order = IntStream.range(0, 4).mapToObj(i -> claim("alice", List.of(), List.of(this.store)))
                .map(reply -> reply.json().path("reviewId").asLong())
                .toList();

        assertThat(order).containsExactly(overdue, olderSameDeadline, newerSameDeadline, later);
        assertThat(claim("alice", List.of(), List.of(this.store)).status()).isEqualTo(204);
    }

    @Test
    void claimReturnsTaskProposalReasonAndLease() {
        Instant now = ReviewFixtures.now();
        long reviewId = this.fixtures.insert(Task.escalation(this.store, "t1", ServiceType.PRODUCT_RECOGNITION,
                now.minusSeconds(1)));

        Reply reply = claim("bob", List.of("product-recognition"), List.of(this.store));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode item = reply.json();
        assertThat(item.path("reviewId").asLong()).isEqualTo(reviewId);
        assertThat(item.path("kind").asString()).isEqualTo("ESCALATION");
        assertThat(item.path("serviceType").asString()).isEqualTo("product-recognition");
        assertThat(item.path("overdue").asBoolean()).isTrue();
        assertThat(item.path("claimCount").asInt()).isEqualTo(1);
        assertThat(item.path("leaseToken").asString()).hasSize(36);
        assertThat(Instant.parse(item.path("leaseExpiresAt").asString())).isAfter(now.plusSeconds(240));
        assertThat(item.path("task").path("candidates")).hasSize(2);
        assertThat(item.path("task").path("context").path("camera").asString()).isEqualTo("cam-7");
        assertThat(item.path("proposal").path("label").asString()).isEqualTo("sku-1");
        assertThat(item.path("proposal").path("outcome").asString()).isEqualTo("ESCALATED");
        assertThat(item.path("proposal").path("configVersion").asInt()).isEqualTo(3);
        assertThat(item.path("why").path("code").asString()).isEqualTo("LOW_MARGIN");
        assertThat(item.path("why").path("detail").asString()).contains("margin");
    }

    @Test
    void claimHonoursServiceTypeAndStoreFilters() {
        Instant deadline = ReviewFixtures.now().plusSeconds(600);
        String otherStore = ReviewFixtures.newStore();
        this.fixtures.insert(List.of(Task.escalation(this.store, "track", ServiceType.TRACKING, deadline),
                Task.escalation(otherStore, "cart", ServiceType.CART_VERIFICATION, deadline)));

        assertThat(claim("carol", List.of("cart-verification"), List.of(this.store)).status()).isEqualTo(204);
        Reply cart = claim("carol", List.of("cart-verification"), List.of(this.store, otherStore));

        assertThat(cart.status()).isEqualTo(200);
        assertThat(cart.json().path("taskId").asString()).isEqualTo(otherStore + "-cart");
    }

    @Test
    void invalidClaimNamesTheField() {
        Reply unknownType = claim("dave", List.of("telepathy"), List.of());
        Reply noReviewer = this.api.post("/v1/reviews/claim", Map.of("storeIds", List.of(this.store)));

        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.problemType()).isEqualTo("invalid-field");
        assertThat(unknownType.json().path("field").asString()).isEqualTo("serviceTypes[0]");
        assertThat(noReviewer.status()).isEqualTo(400);
        assertThat(noReviewer.json().path("field").asString()).isEqualTo("reviewer");
    }

    @Test
    void fiftyConcurrentClaimersGetEachOfAThousandItemsExactlyOnce() throws Exception {
        Instant now = ReviewFixtures.now();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tasks.add(Task.escalation(this.store, "c" + i, ServiceType.values()[i % 4], now.plusSeconds(i % 97)));
        }
        List<Long> inserted = this.fixtures.insert(tasks);
        Queue<Long> claimed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        long began;
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int c = 0; c < 50; c++) {
                String reviewer = "reviewer-" + c;
                claimers.add(pool.submit(() -> {
                    start.await();
                    Reply reply;
                    while ((reply = claim(reviewer, List.of(), List.of(this.store))).status() == 200) {
                        claimed.add(reply.json().path("reviewId").asLong());
                    }
                    assertThat(reply.status()).isEqualTo(204);
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> claimer : claimers) {
                claimer.get(3, TimeUnit.MINUTES);
            }
        }
        finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        System.out.printf("[bench] 50 claimers took 1000 items in %d ms (%.0f claims/s)%n", took.toMillis(),
                1000 * 1e9 / took.toNanos());

        assertThat(claimed).hasSize(1000).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(new HashSet<>(inserted));
        assertThat(this.jdbc.queryForList("SELECT DISTINCT claim_count FROM review_item WHERE store_id = ?",
                Integer.class, this.store)).containsExactly(1);
    }

    Reply claim(String reviewer, List<String> types, List<String> stores) {
        return this.api.post("/v1/reviews/claim", Map.of("reviewer", reviewer, "serviceTypes", types, "storeIds", stores));
    }
}
