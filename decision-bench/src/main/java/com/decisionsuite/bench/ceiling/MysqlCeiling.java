package com.decisionsuite.bench.ceiling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The machine's own ceiling for the audit trail: batched inserts of decision-shaped rows (a copy of the suite's
 * {@code decision} table, same columns and indexes) into a scratch database that is dropped afterwards, one
 * transaction per batch, from as many connections as the suite runs workers.
 */
public final class MysqlCeiling {

    static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    static final int BATCH = 500;

    private static final String INSERT = """
            INSERT INTO %s.decision (task_id, service_type, store_id, subject_id, outcome, proposed_label, score, margin,
                accept_threshold, reject_threshold, min_margin, max_auto_value, review_mode, config_source, config_version,
                policy, reason, reason_detail, audit_sampled, worker_id, stream_entry_id, delivery_count, occurred_at,
                accepted_at, decided_at, task_json)
            VALUES (?, 'tracking', ?, 'session-1', 'AUTO_ACCEPTED', 'track-000042', 0.97, 0.9, 0.92, 0.4, 0.15, NULL, 'AUTO',
                'default', 1, 'top-candidate', 'CONFIDENT', NULL, FALSE, 'ceiling', ?, 1, ?, ?, ?, ?)""";

    private final String serverUrl;

    private final String user;

    private final String password;

    private final String scratch;

    /**
     * @param serverUrl a JDBC URL without database, e.g. {@code jdbc:mysql://127.0.0.1:3306/}
     * @param scratch the database to create and drop
     */
    public MysqlCeiling(String serverUrl, String user, String password, String scratch) {
        if (!DATABASE_NAME.matcher(scratch).matches()) {
            throw new IllegalArgumentException("scratch database name must match " + DATABASE_NAME + ": " + scratch);
        }
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.scratch = scratch;
    }

    /**
     * Inserts for {@code duration} from {@code connections} connections; returns rows per second.
     *
     * @param suiteDatabase whose {@code decision} table is copied for the row shape
     */
    public double measure(String suiteDatabase, String taskJson, int connections, Duration duration) throws Exception {
        try (Connection admin = connect(); Statement ddl = admin.createStatement()) {
            ddl.execute("DROP DATABASE IF EXISTS " + this.scratch);
            ddl.execute("CREATE DATABASE " + this.scratch);
            ddl.execute("CREATE TABLE " + this.scratch + ".decision LIKE " + suiteDatabase + ".decision");
        }
        try {
            return insertFor(taskJson, connections, duration);
        }
        finally {
            try (Connection admin = connect(); Statement ddl = admin.createStatement()) {
                ddl.execute("DROP DATABASE IF EXISTS " + this.scratch);
            }
        }
    }

    private double insertFor(String taskJson, int connections, Duration duration) throws Exception {
        LongAdder rows = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int connection = c;
                loops.add(pool.submit(() -> {
                    insertLoop(connection, taskJson, end, rows);
                    return null;
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        finally {
            pool.shutdownNow();
        }
        return rows.sum() / ((System.nanoTime() - start) / 1e9);
    }

    private void insertLoop(int connectionNumber, String taskJson, long endNanos, LongAdder rows) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(INSERT.formatted(this.scratch))) {
            connection.setAutoCommit(false);
            long seq = 0;
            while (System.nanoTime() < endNanos) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < BATCH; i++, seq++) {
                    insert.setString(1, "ceiling-" + connectionNumber + "-" + seq);
                    insert.setString(2, "store-" + (seq % 120));
                    insert.setString(3, "1795000000000-" + seq);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    insert.setString(7, taskJson);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
                rows.add(BATCH);
            }
        }
    }

    private Connection connect() throws SQLException {
        String separator = this.serverUrl.contains("?") ? "&" : "?";
        return DriverManager.getConnection(this.serverUrl + separator
                + "rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true",
                this.user, this.password == null ? "" : this.password);
    }
}
