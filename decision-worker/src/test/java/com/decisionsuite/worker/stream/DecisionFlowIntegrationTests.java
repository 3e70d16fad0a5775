package com.decisionsuite.worker.stream;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.XReadArgs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.model.ConfigSource;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.TaskDecided;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.WireCodec;
import com.decisionsuite.worker.audit.AuditTrail;
import com.decisionsuite.worker.support.ConfigRows;
import com.decisionsuite.worker.support.TestStreams;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DecisionFlowIntegrationTests extends WorkerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StreamConsumers consumers;

    @Autowired
    TaskDecider decider;

    @Autowired
    AuditTrail audit;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void knownConfidencesLandWithTheirOutcomeAndExplanation() {
        ConfigRows.insert(this.jdbc, "store-a", "tracking", 2, 0.80, 0.30, 0.10, "AUTO", 0.0, null, 600);
        ConfigRows.insert(this.jdbc, "store-r", "tracking", 1, 0.50, null, 0.0, "REVIEW_ALL", 0.0, null, 600);
        ConfigRows.insert(this.jdbc, "store-c", "cart-verification", 4, 0.97, null, 0.0, "AUTO", 0.0, new BigDecimal("50.00"), 300);
        ConfigRows.insert(this.jdbc, "store-s", "product-recognition", 1, 0.80, null, 0.0, "AUTO", 1.0, null, 600);

        DecisionTask accepted = TestStreams.task("flow-accept", ServiceType.TRACKING, "store-a", 0.85, 0.70);
        String acceptedEntry = streams.add(accepted);
        streams.add(TestStreams.task("flow-reject", ServiceType.TRACKING, "store-a", 0.25));
        streams.add(TestStreams.task("flow-between", ServiceType.TRACKING, "store-a", 0.60));
        streams.add(TestStreams.task("flow-margin", ServiceType.TRACKING, "store-a", 0.85, 0.80));
        streams.add(TestStreams.task("flow-review-all", ServiceType.TRACKING, "store-r", 0.99));
        streams.add(TestStreams.task("flow-default", ServiceType.TRACKING, "store-without-config", 0.95, 0.10));
        streams.add(TestStreams.task("flow-late", ServiceType.TRACKING, "store-a", null, Instant.now().minusSeconds(1), 0.99));
        streams.add(TestStreams.task("flow-cart-over", ServiceType.CART_VERIFICATION, "store-c",
                Map.of("cartValue", 80.5), null, 0.99, 1.0));
        streams.add(TestStreams.task("flow-cart-ok", ServiceType.CART_VERIFICATION, "store-c",
                Map.of("cartValue", 49.99), null, 0.99, 0.98));
        streams.add(TestStreams.task("flow-audit", ServiceType.PRODUCT_RECOGNITION, "store-s", 0.90, 0.10));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("task_id LIKE 'flow-%'") == 10);

        assertDecision("flow-accept", "AUTO_ACCEPTED", "ACCEPT_THRESHOLD_MET", 2, "store");
        assertDecision("flow-reject", "AUTO_REJECTED", "REJECT_THRESHOLD_MET", 2, "store");
        assertDecision("flow-between", "ESCALATED", "BELOW_ACCEPT_THRESHOLD", 2, "store");
        assertDecision("flow-margin", "ESCALATED", "MARGIN_BELOW_MINIMUM", 2, "store");
        assertDecision("flow-review-all", "ESCALATED", "REVIEW_ALL", 1, "store");
        assertDecision("flow-default", "AUTO_ACCEPTED", "ACCEPT_THRESHOLD_MET", 1, "default");
        assertDecision("flow-late", "ESCALATED", "DEADLINE_EXPIRED", 2, "store");
        assertDecision("flow-cart-over", "ESCALATED", "CART_VALUE_OVER_MAX", 4, "store");
        assertDecision("flow-cart-ok", "AUTO_ACCEPTED", "ACCEPT_THRESHOLD_MET", 4, "store");
        assertDecision("flow-audit", "AUTO_ACCEPTED", "ACCEPT_THRESHOLD_MET", 1, "store");

        Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM decision WHERE task_id = 'flow-accept'");
        assertThat(row).containsEntry("proposed_label", "label-0").containsEntry("score", 0.85)
                .containsEntry("margin", 0.15).containsEntry("accept_threshold", 0.80)
                .containsEntry("reject_threshold", 0.30).containsEntry("min_margin", 0.10)
                .containsEntry("review_mode", "AUTO").containsEntry("policy", "top-candidate")
                .containsEntry("worker_id", "it-worker").containsEntry("stream_entry_id", acceptedEntry)
                .containsEntry("delivery_count", 1).containsEntry("subject_id", "subject-flow-accept");
        assertThat((String) row.get("reason_detail")).contains("score 0.85 >= accept 0.8").contains("margin 0.15 >= min 0.1");
        assertThat(WireCodec.readTask((String) row.get("task_json"))).isEqualTo(accepted);
        assertThat(((LocalDateTime) row.get("occurred_at")).toInstant(ZoneOffset.UTC)).isEqualTo(accepted.occurredAt());
        assertThat((LocalDateTime) row.get("accepted_at")).isBeforeOrEqualTo((LocalDateTime) row.get("decided_at"));

        assertThat(this.jdbc.queryForObject("SELECT max_auto_value FROM decision WHERE task_id = 'flow-cart-over'",
                BigDecimal.class)).isEqualByComparingTo("50.00");
        assertThat(this.jdbc.queryForObject("SELECT reason_detail FROM decision WHERE task_id = 'flow-cart-over'",
                String.class)).contains("cartValue 80.5 > max 50.00");

        assertThat(reviewKinds()).containsExactlyInAnyOrderEntriesOf(Map.of("flow-between", "ESCALATION",
                "flow-margin", "ESCALATION", "flow-review-all", "ESCALATION", "flow-late", "ESCALATION",
                "flow-cart-over", "ESCALATION", "flow-audit", "AUDIT"));
        assertThat(this.jdbc.queryForObject("SELECT audit_sampled FROM decision WHERE task_id = 'flow-audit'", Boolean.class)).isTrue();
        Map<String, Object> review = this.jdbc.queryForMap(
                "SELECT r.status, TIMESTAMPDIFF(SECOND, d.decided_at, r.deadline_at) AS within FROM review_item r"
                        + " JOIN decision d ON d.task_id = r.task_id WHERE r.task_id = 'flow-cart-over'");
        assertThat(review).containsEntry("status", "PENDING").containsEntry("within", 300L);
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.pending(ServiceType.TRACKING) == 0);
    }

    @Test
    void recordsEveryRowOfABatchThatSpansSeveralInsertStatementsWithItsOwnValues() {
        ConfigRows.insert(this.jdbc, "store-big", "tracking", 1, 0.80, 0.30, 0.10, "AUTO", 0.0, null, 600);
        List<StreamEntry> entries = new ArrayList<>();
        for (int i = 0; i < 133; i++) { // two 64-row statements and a remainder of 5
            double confidence = i % 3 == 0 ? 0.95 : i % 3 == 1 ? 0.25 : 0.60;
            DecisionTask task = TestStreams.task("big-" + i, ServiceType.TRACKING, "store-big", confidence);
            entries.add(new StreamEntry(ServiceType.TRACKING, TaskStreams.taskStream(ServiceType.TRACKING), "7-" + i,
                    Map.of(TaskStreams.FIELD_TASK, WireCodec.writeTask(task)), 1));
        }

        this.audit.write(this.decider.decide(this.decider.classify(entries).parsed(), Instant.now()));

        List<Map<String, Object>> rows = this.jdbc.queryForList(
                "SELECT task_id, outcome, stream_entry_id, task_json FROM decision WHERE task_id LIKE 'big-%'");
        assertThat(rows).hasSize(133).allSatisfy(row -> {
            int i = Integer.parseInt(((String) row.get("task_id")).substring(4));
            assertThat(row.get("outcome")).isEqualTo(i % 3 == 0 ? "AUTO_ACCEPTED" : i % 3 == 1 ? "AUTO_REJECTED" : "ESCALATED");
            assertThat(row.get("stream_entry_id")).isEqualTo("7-" + i);
            assertThat(WireCodec.readTask((String) row.get("task_json")).taskId()).isEqualTo("big-" + i);
        });
        assertThat(reviewKinds().keySet().stream().filter(id -> id.startsWith("big-")))
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> "ESCALATED".equals(r.get("outcome")))
                        .map(r -> (String) r.get("task_id")).toList());

        // Written again, as after a redelivery: nothing changes.
        this.audit.write(this.decider.decide(this.decider.classify(entries).parsed(), Instant.now()));
        assertThat(count("task_id LIKE 'big-%'")).isEqualTo(133);
    }

    @Test
    void escalatesWithoutAnyConfigurationForTheType() {
        ConfigRows.remove(this.jdbc, "_defaults", "action-recognition", 2);

        streams.add(TestStreams.task("noconfig-1", ServiceType.ACTION_RECOGNITION, "store-x", 0.99));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("task_id = 'noconfig-1'") == 1);
        Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM decision WHERE task_id = 'noconfig-1'");
        assertThat(row).containsEntry("outcome", "ESCALATED").containsEntry("reason", "NO_CONFIG")
                .containsEntry("config_version", null).containsEntry("policy", "top-candidate");
        assertThat(reviewKinds()).containsEntry("noconfig-1", "ESCALATION");
    }

    @Test
    void redeliveredEntryOfARecordedTaskIsAcknowledgedWithoutSecondRecord() {
        this.consumers.stop();
        try {
            DecisionTask task = TestStreams.task("redelivered-1", ServiceType.PRODUCT_RECOGNITION, "store-z", 0.99);
            String entry = streams.add(task);
            // A consumer that committed the decision and died before its XACK.
            streams.redis().xreadgroup(Consumer.from(TaskStreams.GROUP, "ghost"), XReadArgs.Builder.count(10),
                    XReadArgs.StreamOffset.lastConsumed(TaskStreams.taskStream(ServiceType.PRODUCT_RECOGNITION)));
            this.jdbc.update("""
                    INSERT INTO decision (task_id, service_type, store_id, outcome, policy, reason, worker_id,
                        stream_entry_id, delivery_count, occurred_at, accepted_at, decided_at, task_json)
                    VALUES ('redelivered-1', 'product-recognition', 'store-z', 'AUTO_ACCEPTED', 'top-candidate',
                        'ACCEPT_THRESHOLD_MET', 'ghost', ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)""",
                    entry, WireCodec.writeTask(task));
            assertThat(streams.pending(ServiceType.PRODUCT_RECOGNITION)).isEqualTo(1);
        }
        finally {
            this.consumers.start();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> streams.pending(ServiceType.PRODUCT_RECOGNITION) == 0);
        assertThat(this.jdbc.queryForList("SELECT worker_id FROM decision WHERE task_id = 'redelivered-1'", String.class))
                .containsExactly("ghost");
    }

    @Test
    void carriesTheIntakeTraceContextIntoTheAuditTrailAndTheResultEvent() {
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        DecisionTask task = TestStreams.task("traced-1", ServiceType.TRACKING, "store-t", 0.99);
        streams.addRaw(ServiceType.TRACKING, Map.of(TaskStreams.FIELD_TASK, WireCodec.writeTask(task),
                TaskStreams.FIELD_ACCEPTED_AT, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now())),
                TaskStreams.FIELD_TRACEPARENT, traceparent));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("task_id = 'traced-1'") == 1);
        assertThat(this.jdbc.queryForObject("SELECT trace_parent FROM decision WHERE task_id = 'traced-1'", String.class))
                .isEqualTo(traceparent);
        await().atMost(Duration.ofSeconds(20)).until(() -> resultFieldsOf("traced-1") != null);
        assertThat(resultFieldsOf("traced-1")).containsEntry(TaskStreams.FIELD_TRACEPARENT, traceparent);
        TaskDecided event = WireCodec.read(resultFieldsOf("traced-1").get(TaskStreams.FIELD_EVENT), TaskDecided.class);
        assertThat(event.taskId()).isEqualTo("traced-1");
        assertThat(event.serviceType()).isEqualTo(ServiceType.TRACKING);
        assertThat(event.storeId()).isEqualTo("store-t");
        assertThat(event.subjectId()).isEqualTo("subject-traced-1");
        assertThat(event.outcome()).isEqualTo(DecisionOutcome.AUTO_ACCEPTED);
        assertThat(event.decidedBy()).isEqualTo(TaskDecided.BY_WORKER);
        assertThat(event.label()).isEqualTo("label-0");
        assertThat(event.score()).isEqualTo(0.99);
        assertThat(event.reason()).isEqualTo("ACCEPT_THRESHOLD_MET");
        assertThat(event.configSource()).isEqualTo(ConfigSource.DEFAULT);
        assertThat(event.configVersion()).isEqualTo(this.jdbc.queryForObject(
                "SELECT config_version FROM decision WHERE task_id = 'traced-1'", Integer.class));
        assertThat(event.decidedAt()).isEqualTo(this.jdbc.queryForObject(
                "SELECT decided_at FROM decision WHERE task_id = 'traced-1'", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    @Test
    void reportsTheConfigurationVersionItDecidesWith() {
        ConfigRows.insert(this.jdbc, "store-v", "tracking", 3, 0.80, null, 0.0, "AUTO", 0.0, null, 600);

        streams.add(TestStreams.task("versioned-1", ServiceType.TRACKING, "store-v", 0.99));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("task_id = 'versioned-1'") == 1);
        assertThat(this.meters.get("decision.config.version").tag("scope", "store-v").tag("service_type", "tracking")
                .gauge().value()).isEqualTo(3.0);
    }

    private Map<String, String> resultFieldsOf(String taskId) {
        return streams.result(taskId).orElse(null);
    }

    private void assertDecision(String taskId, String outcome, String reason, int version, String source) {
        Map<String, Object> row = this.jdbc.queryForMap(
                "SELECT outcome, reason, config_version, config_source FROM decision WHERE task_id = ?", taskId);
        assertThat(row).as(taskId).containsEntry("outcome", outcome).containsEntry("reason", reason)
                .containsEntry("config_version", version).containsEntry("config_source", source);
    }

    private Map<String, String> reviewKinds() {
        Map<String, String> kinds = new java.util.HashMap<>();
        this.jdbc.query("SELECT task_id, kind FROM review_item", rs -> {
            kinds.put(rs.getString(1), rs.getString(2));
        });
        return kinds;
    }

    private long count(String where) {
        Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE " + where, Long.class);
        return n == null ? 0 : n;
    }

}
