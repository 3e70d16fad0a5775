package com.decisionsuite.bench.observe;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

import com.decisionsuite.bench.measure.TaskLedger;

/**
 * Acceptance-to-decision latency as the suite itself recorded it: {@code accepted_at} (the API's intake time,
 * carried in the stream entry) to {@code decided_at} in the worker's audit row, for this run's measured tasks.
 * Read-only observation of the audit trail, streamed row by row.
 */
public final class AuditTrailLatency {

    static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final String serverUrl;

    private final String user;

    private final String password;

    private final String database;

    public AuditTrailLatency(String serverUrl, String user, String password, String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ": " + database);
        }
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password == null ? "" : password;
        this.database = database;
    }

    /** Microseconds from acceptance to decision of every measured task whose id starts with {@code runPrefix}. */
    public Histogram read(String runPrefix, TaskLedger ledger) throws SQLException {
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        String sql = "SELECT task_id, TIMESTAMPDIFF(MICROSECOND, accepted_at, decided_at) FROM " + this.database
                + ".decision WHERE task_id LIKE ?";
        try (Connection connection = DriverManager.getConnection(this.serverUrl, this.user, this.password);
                PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J streams the result row by row only with this fetch size.
            query.setFetchSize(Integer.MIN_VALUE);
            query.setString(1, runPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long seq = Long.parseLong(rows.getString(1).substring(runPrefix.length()));
                    if (ledger.measured(seq)) {
                        histogram.recordValue(Math.max(0, Math.min(3_600_000_000L, rows.getLong(2))));
                    }
                }
            }
        }
        return histogram;
    }
}
