package com.decisionsuite.bench.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.decisionsuite.model.DecisionOutcome;

/**
 * The probes' rows in the audit trail ({@code decision}), found by their task id prefix.
 */
final class ProbeDecisions {

    private final String prefix;

    ProbeDecisions(String prefix) {
        this.prefix = prefix;
    }

    /** The workers that decided a probe accepted after {@code acceptedAfter} by the store's own {@code version}. */
    Set<String> workersDecidingBy(int version, Instant acceptedAfter) throws SQLException {
        try (Connection connection = SuiteDatabase.connect();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT DISTINCT worker_id FROM decision
                        WHERE task_id LIKE ? AND config_source = 'store' AND config_version = ?
                          AND accepted_at > ?""")) {
            query.setString(1, this.prefix + "%");
            query.setInt(2, version);
            query.setString(3, SuiteDatabase.utc(acceptedAfter));
            Set<String> workers = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    workers.add(rows.getString(1));
                }
            }
            return workers;
        }
    }

    long count() throws SQLException {
        return SuiteDatabase.number("SELECT COUNT(*) FROM decision WHERE task_id LIKE ?", this.prefix + "%");
    }

    List<Row> all() throws SQLException {
        try (Connection connection = SuiteDatabase.connect();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT task_id, worker_id, config_source, config_version, accept_threshold, outcome, accepted_at
                        FROM decision WHERE task_id LIKE ? ORDER BY seq""")) {
            query.setString(1, this.prefix + "%");
            List<Row> all = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.add(row(rows));
                }
            }
            return all;
        }
    }

    private static Row row(ResultSet rows) throws SQLException {
        int version = rows.getInt("config_version");
        Integer configVersion = rows.wasNull() ? null : version;
        double threshold = rows.getDouble("accept_threshold");
        Double acceptThreshold = rows.wasNull() ? null : threshold;
        return new Row(rows.getString("task_id"), rows.getString("worker_id"), rows.getString("config_source"),
                configVersion, acceptThreshold, DecisionOutcome.valueOf(rows.getString("outcome")),
                SuiteDatabase.instant(rows, "accepted_at"));
    }

    /**
     * One probe's decision as recorded.
     *
     * @param configSource {@code store} or {@code default}; null when the worker had no configuration at all
     * @param acceptThreshold the threshold the worker judged by, as the row records it
     */
    record Row(String taskId, String workerId, String configSource, Integer configVersion, Double acceptThreshold,
            DecisionOutcome outcome, Instant acceptedAt) {

        Row {
            if (taskId == null || workerId == null || outcome == null || acceptedAt == null) {
                throw new IllegalArgumentException("taskId, workerId, outcome and acceptedAt are required");
            }
        }

        /** Whether the worker judged this probe by a version of the store's own older than {@code version}. */
        boolean olderThan(int version) {
            return !"store".equals(this.configSource) || this.configVersion == null || this.configVersion < version;
        }
    }
}
