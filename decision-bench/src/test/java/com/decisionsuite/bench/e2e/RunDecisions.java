package com.decisionsuite.bench.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One run's rows in the audit trail ({@code decision}), found by their task id prefix.
 */
final class RunDecisions {

    private final String prefix;

    RunDecisions(String prefix) {
        this.prefix = prefix;
    }

    long count() throws SQLException {
        return SuiteDatabase.number("SELECT COUNT(*) FROM decision WHERE task_id LIKE ?", this.prefix + "%");
    }

    Tally tally() throws SQLException {
        try (Connection connection = SuiteDatabase.connect();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT COUNT(*) AS records, COUNT(DISTINCT task_id) AS tasks, MAX(decided_at) AS last_decided,
                               COALESCE(SUM(delivery_count > 1), 0) AS redelivered,
                               MAX(CASE WHEN delivery_count > 1 THEN decided_at END) AS last_redelivered
                        FROM decision WHERE task_id LIKE ?""")) {
            query.setString(1, this.prefix + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Tally(row.getLong("records"), row.getLong("tasks"),
                        SuiteDatabase.instant(row, "last_decided"), row.getLong("redelivered"),
                        SuiteDatabase.instant(row, "last_redelivered"));
            }
        }
    }

    /** The consumer names that decided tasks of the run. */
    Set<String> workers() throws SQLException {
        try (Connection connection = SuiteDatabase.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT DISTINCT worker_id FROM decision WHERE task_id LIKE ?")) {
            query.setString(1, this.prefix + "%");
            Set<String> workers = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    workers.add(rows.getString(1));
                }
            }
            return workers;
        }
    }

    /**
     * The run's records at one moment.
     *
     * @param redelivered records of tasks decided on a second or later delivery (taken over from another worker)
     * @param lastRedelivered when the last of those was decided; null when there is none
     */
    record Tally(long records, long tasks, Instant lastDecided, long redelivered, Instant lastRedelivered) {

        Tally {
            if (records < 0 || tasks < 0 || redelivered < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }
    }
}
