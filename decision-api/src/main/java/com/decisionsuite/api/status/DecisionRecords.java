package com.decisionsuite.api.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;

/**
 * Reads the worker's decision record of a task from the audit trail ({@code decision}), one indexed query.
 */
@Component
class DecisionRecords {

    // The reviewer workflow extends this query (LEFT JOIN review_verdict ... kind = 'ESCALATION') and the mapping
    // below to fill TaskStatusResponse.review, keeping the lookup one round trip.
    // --- reviewer workflow (issue 5): d./v. aliases and the v.* columns; audit verdicts never change a decision ---
    private static final String FIND = """
            SELECT d.task_id, d.service_type, d.store_id, outcome, proposed_label, score, margin, accept_threshold,
                   reject_threshold, min_margin, max_auto_value, review_mode, config_source, config_version, policy,
                   reason, reason_detail, audit_sampled, accepted_at, d.decided_at,
                   v.verdict, v.final_label, v.reviewer, v.decided_at AS reviewed_at
            FROM decision d
            LEFT JOIN review_verdict v ON v.task_id = d.task_id AND v.kind = 'ESCALATION'
            WHERE d.task_id = ?
            """;
    // --- end reviewer workflow ---

    private final JdbcClient jdbc;

    DecisionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TaskStatusResponse> find(String taskId) {
        return this.jdbc.sql(FIND).param(taskId).query((rs, row) -> decided(rs)).optional();
    }

    private static TaskStatusResponse decided(ResultSet rs) throws SQLException {
        DecisionPart decision = new DecisionPart(DecisionOutcome.valueOf(rs.getString("outcome")),
                rs.getString("proposed_label"), rs.getObject("score", Double.class), rs.getObject("margin", Double.class),
                rs.getObject("accept_threshold", Double.class), rs.getObject("reject_threshold", Double.class),
                rs.getObject("min_margin", Double.class), rs.getBigDecimal("max_auto_value"), rs.getString("review_mode"),
                rs.getString("config_source"), rs.getObject("config_version", Integer.class), rs.getString("policy"),
                rs.getString("reason"), rs.getString("reason_detail"), rs.getBoolean("audit_sampled"),
                instant(rs, "decided_at"));
        // --- reviewer workflow (issue 5): an escalation's verdict is the final decision ---
        ReviewPart review = rs.getString("verdict") == null ? null : new ReviewPart(rs.getString("verdict"),
                rs.getString("final_label"), rs.getString("reviewer"), instant(rs, "reviewed_at"));
        // --- end reviewer workflow ---
        return new TaskStatusResponse(rs.getString("task_id"), TaskStatusResponse.Status.DECIDED,
                ServiceType.find(rs.getString("service_type")).orElse(null), rs.getString("store_id"),
                instant(rs, "accepted_at"), review == null ? "worker" : "reviewer", decision, review);
    }

    /** Times are DATETIME(6) in UTC (see V1), read without any zone conversion by the driver. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
