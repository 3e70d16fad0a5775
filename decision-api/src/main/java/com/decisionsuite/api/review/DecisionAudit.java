package com.decisionsuite.api.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.DecisionOutcome;

/**
 * Reads the worker's {@code decision} row of a task; the worker owns that table, so this side only reads it.
 */
@Component
class DecisionAudit {

    static final String COLUMNS = "d.outcome, d.proposed_label, d.score, d.margin, d.accept_threshold, "
            + "d.reject_threshold, d.min_margin, d.max_auto_value, d.review_mode, d.config_source, d.config_version, "
            + "d.policy, d.reason, d.reason_detail, d.audit_sampled, d.decided_at, d.task_json";

    private final JdbcClient jdbc;

    DecisionAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AuditedDecision> find(String taskId) {
        return this.jdbc.sql("SELECT " + COLUMNS + " FROM decision d WHERE d.task_id = ?")
                .param(taskId)
                .query((rs, row) -> read(rs))
                .optional();
    }

    /** Maps the {@link #COLUMNS} of the current row. */
    static AuditedDecision read(ResultSet rs) throws SQLException {
        return new AuditedDecision(
                DecisionOutcome.valueOf(rs.getString("outcome")),
                rs.getString("proposed_label"),
                rs.getObject("score", Double.class),
                rs.getObject("margin", Double.class),
                rs.getObject("accept_threshold", Double.class),
                rs.getObject("reject_threshold", Double.class),
                rs.getObject("min_margin", Double.class),
                rs.getBigDecimal("max_auto_value"),
                rs.getString("review_mode"),
                rs.getString("config_source"),
                rs.getObject("config_version", Integer.class),
                rs.getString("policy"),
                rs.getString("reason"),
                rs.getString("reason_detail"),
                rs.getBoolean("audit_sampled"),
                instant(rs, "decided_at"),
                rs.getString("task_json"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
