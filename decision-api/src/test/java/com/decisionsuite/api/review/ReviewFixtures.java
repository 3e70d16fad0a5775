package com.decisionsuite.api.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.WireCodec;

/**
 * Writes {@code decision} and {@code review_item} rows the way the worker does, in batches. Every test works in its
 * own fresh store id, so tests (and engineers running them at the same time) never see each other's rows.
 */
public final class ReviewFixtures {

    private static final String DECISION = """
            INSERT INTO decision (task_id, service_type, store_id, subject_id, outcome, proposed_label, score, margin,
                accept_threshold, reject_threshold, min_margin, review_mode, config_source, config_version, policy,
                reason, reason_detail, audit_sampled, worker_id, stream_entry_id, delivery_count, occurred_at,
                accepted_at, decided_at, task_json)
            VALUES (?, ?, ?, 'shopper-1', ?, ?, 0.61, 0.12, 0.90, NULL, 0.15, 'AUTO', 'MYSQL', 3, 'test-policy',
                ?, ?, ?, 'worker-test', '1-0', 1, ?, ?, ?, ?)
            """;

    private static final String ITEM = """
            INSERT INTO review_item (task_id, kind, status, service_type, store_id, deadline_at, created_at)
            VALUES (?, ?, 'PENDING', ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    public ReviewFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A store id nobody else uses. */
    public static String newStore() {
        return "rv-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Inserts the tasks with their decision and review rows and returns the review ids, in the given order. */
    public List<Long> insert(List<Task> tasks) {
        this.jdbc.batchUpdate(DECISION, tasks.stream().map(Task::decisionRow).toList());
        this.jdbc.batchUpdate(ITEM, tasks.stream().map(Task::itemRow).toList());
        return tasks.stream()
                .map(t -> this.jdbc.queryForObject("SELECT id FROM review_item WHERE task_id = ?", Long.class, t.taskId()))
                .toList();
    }

    public long insert(Task task) {
        return insert(List.of(task)).get(0);
    }

    /**
     * One task in the review queue.
     *
     * @param audit whether it is an audit sample of an automatic decision rather than an escalation
     * @param proposedLabel the model's top label, or null when it had none
     */
    public record Task(String taskId, ServiceType type, String storeId, boolean audit, DecisionOutcome outcome,
            String proposedLabel, Instant deadlineAt, Instant createdAt) {

        public static Task escalation(String storeId, String suffix, ServiceType type, Instant deadlineAt) {
            return new Task(storeId + "-" + suffix, type, storeId, false, DecisionOutcome.ESCALATED, "sku-1",
                    deadlineAt, now().minusSeconds(60));
        }

        public static Task audit(String storeId, String suffix, ServiceType type, DecisionOutcome outcome) {
            return new Task(storeId + "-" + suffix, type, storeId, true, outcome, "sku-1",
                    now().plusSeconds(900), now().minusSeconds(60));
        }

        public Task createdAt(Instant created) {
            return new Task(taskId, type, storeId, audit, outcome, proposedLabel, deadlineAt, created);
        }

        public Task proposing(String label) {
            return new Task(taskId, type, storeId, audit, outcome, label, deadlineAt, createdAt);
        }

        public String taskJson() {
            DecisionTask task = new DecisionTask(this.taskId, this.type, this.storeId, "shopper-1",
                    List.of(new Candidate("sku-1", 0.61), new Candidate("sku-2", 0.49)), Map.of("camera", "cam-7"),
                    this.createdAt.minusSeconds(5), null, 1);
            return WireCodec.writeTask(task);
        }

        Object[] decisionRow() {
            Timestamp created = Timestamp.from(this.createdAt);
            return new Object[] { this.taskId, this.type.wireName(), this.storeId, this.outcome.name(),
                    this.proposedLabel, this.audit ? "THRESHOLDS_MET" : "LOW_MARGIN",
                    this.audit ? null : "margin 0.12 below 0.15", this.audit, Timestamp.from(this.createdAt.minusSeconds(5)),
                    created, created, taskJson() };
        }

        Object[] itemRow() {
            return new Object[] { this.taskId, this.audit ? "AUDIT" : "ESCALATION", this.type.wireName(), this.storeId,
                    Timestamp.from(this.deadlineAt), Timestamp.from(this.createdAt) };
        }
    }
}
