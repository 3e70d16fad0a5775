package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.api.review.HttpApi.Reply;
import com.decisionsuite.api.review.ReviewFixtures.Task;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

@ReviewIntegrationTest
class ReviewVerdictIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

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
    void confirmRecordsTheVerdictBesideTheProposalAndClosesTheItem() {
        long reviewId = this.fixtures.insert(escalation("e1"));
        JsonNode claim = this.api.claim("alice", this.store).json();

        Reply reply = this.api.verdict(reviewId, claim.path("leaseToken").asString(), "CONFIRM", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode verdict = reply.json().path("verdict");
        assertThat(reply.json().path("replayed").asBoolean()).isFalse();
        assertThat(verdict.path("finalLabel").asString()).isEqualTo("sku-1");
        assertThat(verdict.path("modelLabel").asString()).isEqualTo("sku-1");
        assertThat(verdict.path("agreesWithModel").asBoolean()).isTrue();
        assertThat(verdict.path("changesDecision").asBoolean()).isTrue();
        assertThat(verdict.path("reviewer").asString()).isEqualTo("alice");
        JsonNode item = this.api.get("/v1/reviews/" + reviewId).json();
        assertThat(item.path("status").asString()).isEqualTo("DONE");
        assertThat(item.path("claimedBy").asString()).isEqualTo("alice");
        assertThat(item.path("verdict").path("verdict").asString()).isEqualTo("CONFIRM");
        assertThat(item.path("proposal").path("label").asString()).isEqualTo("sku-1");
        assertThat(this.api.claim("bob", this.store).status()).isEqualTo(204);
    }

    @Test
    void repeatingTheSameVerdictWithTheSameTokenIsIdempotent() {
        long reviewId = this.fixtures.insert(escalation("e2"));
        String token = this.api.claim("alice", this.store).json().path("leaseToken").asString();
        Reply first = this.api.verdict(reviewId, token, "CORRECT", "sku-2");

        Reply again = this.api.verdict(reviewId, token, "CORRECT", "sku-2");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("replayed").asBoolean()).isTrue();
        assertThat(again.json().path("verdict")).isEqualTo(first.json().path("verdict"));
        assertThat(verdictRows(reviewId)).isEqualTo(1);
    }

    @Test
    void aDifferentSecondVerdictConflicts() {
        long reviewId = this.fixtures.insert(escalation("e3"));
        String token = this.api.claim("alice", this.store).json().path("leaseToken").asString();
        this.api.verdict(reviewId, token, "CORRECT", "sku-2");

        Reply otherVerdict = this.api.verdict(reviewId, token, "REJECT_ALL", null);
        Reply otherLabel = this.api.verdict(reviewId, token, "CORRECT", "sku-3");
        Reply otherToken = this.api.verdict(reviewId, "00000000-0000-0000-0000-000000000000", "CORRECT", "sku-2");

        assertThat(List.of(otherVerdict, otherLabel, otherToken)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.problemType()).isEqualTo("already-decided");
        });
        assertThat(verdictRows(reviewId)).isEqualTo(1);
    }

    @Test
    void aForeignOrUnclaimedLeaseConflicts() {
        long claimedId = this.fixtures.insert(escalation("e4"));
        this.api.claim("alice", this.store);
        long unclaimedId = this.fixtures.insert(escalation("e5"));

        Reply foreign = this.api.verdict(claimedId, "00000000-0000-0000-0000-000000000000", "REJECT_ALL", null);
        Reply unclaimed = this.api.verdict(unclaimedId, "00000000-0000-0000-0000-000000000000", "REJECT_ALL", null);

        assertThat(List.of(foreign, unclaimed)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.problemType()).isEqualTo("lease-conflict");
            assertThat(reply.json().path("field").asString()).isEqualTo("leaseToken");
        });
        assertThat(verdictRows(claimedId) + verdictRows(unclaimedId)).isZero();
    }

    @Test
    void invalidVerdictsNameTheField() {
        long reviewId = this.fixtures.insert(escalation("e6"));
        String token = this.api.claim("alice", this.store).json().path("leaseToken").asString();

        assertField(this.api.verdict(reviewId, token, "CORRECT", null), "label");
        assertField(this.api.verdict(reviewId, token, "CONFIRM", "sku-1"), "label");
        assertField(this.api.verdict(reviewId, token, "MAYBE", null), "verdict");
        assertField(this.api.verdict(reviewId, null, "CONFIRM", null), "leaseToken");
        assertThat(verdictRows(reviewId)).isZero();
    }

    @Test
    void confirmingAnEscalationWithoutProposalIsUnprocessable() {
        long reviewId = this.fixtures.insert(escalation("e7").proposing(null));
        String token = this.api.claim("alice", this.store).json().path("leaseToken").asString();

        Reply confirm = this.api.verdict(reviewId, token, "CONFIRM", null);
        Reply reject = this.api.verdict(reviewId, token, "REJECT_ALL", null);

        assertThat(confirm.status()).isEqualTo(422);
        assertThat(confirm.problemType()).isEqualTo("nothing-to-confirm");
        assertThat(reject.status()).isEqualTo(200);
        assertThat(reject.json().path("verdict").path("agreesWithModel").asBoolean()).isTrue();
    }

    @Test
    void taskStatusShowsAnEscalationsVerdictAsDecidedByReviewer() {
        long reviewId = this.fixtures.insert(escalation("s1"));
        String token = this.api.claim("alice", this.store).json().path("leaseToken").asString();
        assertThat(this.api.get("/v1/tasks/" + this.store + "-s1").json().path("decidedBy").asString()).isEqualTo("worker");

        this.api.verdict(reviewId, token, "CORRECT", "sku-2");

        JsonNode status = this.api.get("/v1/tasks/" + this.store + "-s1").json();
        assertThat(status.path("decidedBy").asString()).isEqualTo("reviewer");
        assertThat(status.path("review").path("verdict").asString()).isEqualTo("CORRECT");
        assertThat(status.path("review").path("finalLabel").asString()).isEqualTo("sku-2");
        assertThat(status.path("review").path("reviewer").asString()).isEqualTo("alice");
        assertThat(status.path("decision").path("outcome").asString()).isEqualTo("ESCALATED");
    }

    @Test
    void taskStatusOfAnAuditedTaskStaysDecidedByWorker() {
        this.fixtures.insert(Task.audit(this.store, "s2", ServiceType.TRACKING, DecisionOutcome.AUTO_ACCEPTED));

        decide("CORRECT", "sku-9");

        JsonNode status = this.api.get("/v1/tasks/" + this.store + "-s2").json();
        assertThat(status.path("decidedBy").asString()).isEqualTo("worker");
        assertThat(status.has("review")).isFalse();
        assertThat(status.path("decision").path("outcome").asString()).isEqualTo("AUTO_ACCEPTED");
    }

    @Test
    void unknownReviewIsNotFound() {
        Reply reply = this.api.verdict(Long.MAX_VALUE, "00000000-0000-0000-0000-000000000000", "CONFIRM", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.problemType()).isEqualTo("review-not-found");
    }

    @Test
    void auditVerdictsCountAgreementWithoutChangingTheAutomaticDecision() {
        List<Long> ids = this.fixtures.insert(List.of(
                Task.audit(this.store, "a1", ServiceType.ACTION_RECOGNITION, DecisionOutcome.AUTO_ACCEPTED),
                Task.audit(this.store, "a2", ServiceType.ACTION_RECOGNITION, DecisionOutcome.AUTO_ACCEPTED),
                Task.audit(this.store, "a3", ServiceType.ACTION_RECOGNITION, DecisionOutcome.AUTO_REJECTED)));
        List<Map<String, Object>> decisionsBefore = decisions();
        double agreeBefore = count("agree", "CONFIRM") + count("agree", "REJECT_ALL");
        double disagreeBefore = count("disagree", "CORRECT");

        JsonNode confirm = decide("CONFIRM", null);
        JsonNode correct = decide("CORRECT", "sku-9");
        JsonNode rejectAll = decide("REJECT_ALL", null);

        assertThat(List.of(confirm, correct, rejectAll)).extracting(v -> v.path("reviewId").asLong())
                .containsExactlyElementsOf(ids);
        assertThat(List.of(confirm, correct, rejectAll)).allSatisfy(v -> {
            assertThat(v.path("kind").asString()).isEqualTo("AUDIT");
            assertThat(v.path("changesDecision").asBoolean()).isFalse();
        });
        assertThat(confirm.path("agreesWithModel").asBoolean()).isTrue();
        assertThat(correct.path("agreesWithModel").asBoolean()).isFalse();
        assertThat(rejectAll.path("agreesWithModel").asBoolean()).isTrue();
        assertThat(rejectAll.path("modelLabel").isNull()).isTrue();
        assertThat(decisions()).isEqualTo(decisionsBefore);
        assertThat(count("agree", "CONFIRM") + count("agree", "REJECT_ALL")).isEqualTo(agreeBefore + 2);
        assertThat(count("disagree", "CORRECT")).isEqualTo(disagreeBefore + 1);
    }

    private JsonNode decide(String verdict, String label) {
        JsonNode claim = this.api.claim("auditor", this.store).json();
        Reply reply = this.api.verdict(claim.path("reviewId").asLong(), claim.path("leaseToken").asString(), verdict, label);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().path("verdict");
    }

    private double count(String agreement, String verdict) {
        Counter counter = this.registry.find("decision.review.verdicts")
                .tags("service_type", "action-recognition", "kind", "AUDIT", "verdict", verdict, "agreement", agreement)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private List<Map<String, Object>> decisions() {
        return this.jdbc.queryForList("SELECT task_id, outcome, proposed_label, score, decided_at, reason FROM decision "
                + "WHERE store_id = ? ORDER BY task_id", this.store);
    }

    private Task escalation(String suffix) {
        return Task.escalation(this.store, suffix, ServiceType.PRODUCT_RECOGNITION, ReviewFixtures.now().plusSeconds(600));
    }

    private int verdictRows(long reviewId) {
        return this.jdbc.queryForObject("SELECT COUNT(*) FROM review_verdict WHERE review_id = ?", Integer.class, reviewId);
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemType()).isEqualTo("invalid-field");
        assertThat(reply.json().path("field").asString()).isEqualTo(field);
    }
}
