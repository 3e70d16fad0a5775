package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.api.review.HttpApi.Reply;
import com.decisionsuite.api.review.ReviewFixtures.Task;
import com.decisionsuite.model.ServiceType;

import tools.jackson.databind.JsonNode;

/**
 * Leases in real time, shortened: 2 s per claim or heartbeat, at most 3 s past the claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "decision.review.lease-duration=2s", "decision.review.max-heartbeat-extension=3s" })
class ReviewLeaseIntegrationTests {

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
    void aLapsedLeaseReturnsTheItemToAnotherReviewerAndTheOldTokenGets409() {
        long reviewId = this.fixtures.insert(escalation("lapse"));
        JsonNode alice = this.api.claim("alice", this.store).json();
        assertThat(this.api.claim("bob", this.store).status()).isEqualTo(204);

        AtomicReference<Reply> bob = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    bob.set(this.api.claim("bob", this.store));
                    return bob.get().status() == 200;
                });
        String aliceToken = alice.path("leaseToken").asString();
        Reply staleVerdict = this.api.verdict(reviewId, aliceToken, "CONFIRM", null);
        Reply staleHeartbeat = lease("heartbeat", reviewId, aliceToken);
        Reply bobVerdict = this.api.verdict(reviewId, bob.get().json().path("leaseToken").asString(), "CONFIRM", null);

        assertThat(bob.get().json().path("reviewId").asLong()).isEqualTo(reviewId);
        assertThat(bob.get().json().path("claimCount").asInt()).isEqualTo(2);
        assertThat(staleVerdict.status()).isEqualTo(409);
        assertThat(staleVerdict.problemType()).isEqualTo("lease-conflict");
        assertThat(staleHeartbeat.status()).isEqualTo(409);
        assertThat(bobVerdict.status()).isEqualTo(200);
        assertThat(bobVerdict.json().path("verdict").path("reviewer").asString()).isEqualTo("bob");
    }

    @Test
    void aLapsedLeaseReadsAsPendingWithoutHolder() {
        long reviewId = this.fixtures.insert(escalation("reads"));
        this.api.claim("alice", this.store);
        assertThat(this.api.get("/v1/reviews/" + reviewId).json().path("status").asString()).isEqualTo("CLAIMED");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> this.api.get("/v1/reviews/" + reviewId).json().path("status").asString().equals("PENDING"));

        JsonNode item = this.api.get("/v1/reviews/" + reviewId).json();
        assertThat(item.path("claimedBy").isMissingNode() || item.path("claimedBy").isNull()).isTrue();
        assertThat(this.api.get("/v1/reviews?status=PENDING&storeId=" + this.store).json().path("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void heartbeatsExtendTheLeaseButNeverPastTheMaximumExtension() {
        long reviewId = this.fixtures.insert(escalation("beat"));
        JsonNode claim = this.api.claim("alice", this.store).json();
        String token = claim.path("leaseToken").asString();
        Instant cap = Instant.parse(claim.path("leaseExpiresAt").asString()).plusSeconds(1);
        AtomicReference<Instant> latest = new AtomicReference<>(Instant.parse(claim.path("leaseExpiresAt").asString()));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Reply beat = lease("heartbeat", reviewId, token);
            assertThat(beat.status()).isEqualTo(200);
            Instant expires = Instant.parse(beat.json().path("leaseExpiresAt").asString());
            assertThat(expires).isAfterOrEqualTo(latest.get()).isBeforeOrEqualTo(cap);
            latest.set(expires);
            return expires.equals(cap);
        });
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> lease("heartbeat", reviewId, token).status() == 409);

        assertThat(lease("heartbeat", reviewId, token).problemType()).isEqualTo("lease-conflict");
    }

    @Test
    void releaseGivesTheItemBackAndARepeatedReleaseIsHarmless() {
        long reviewId = this.fixtures.insert(escalation("release"));
        String token = this.api.claim("alice", this.store).json().path("leaseToken").asString();

        Reply released = lease("release", reviewId, token);
        Reply again = lease("release", reviewId, token);
        Reply staleVerdict = this.api.verdict(reviewId, token, "CONFIRM", null);
        Reply reclaimed = this.api.claim("bob", this.store);

        assertThat(released.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        assertThat(staleVerdict.status()).isEqualTo(409);
        assertThat(reclaimed.json().path("reviewId").asLong()).isEqualTo(reviewId);
        assertThat(lease("release", reviewId, token).status()).isEqualTo(409);
    }

    private Reply lease(String action, long reviewId, String token) {
        return this.api.post("/v1/reviews/" + reviewId + "/" + action, Map.of("leaseToken", token));
    }

    private Task escalation(String suffix) {
        return Task.escalation(this.store, suffix, ServiceType.TRACKING, ReviewFixtures.now().plusSeconds(600));
    }
}
