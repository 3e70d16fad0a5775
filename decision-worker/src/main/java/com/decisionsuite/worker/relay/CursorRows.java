package com.decisionsuite.worker.relay;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.worker.audit.AuditTrail;

/**
 * The relay's cursor rows in {@code result_relay_cursor}, one per source; callers run inside their poll's transaction.
 */
final class CursorRows {

    private final JdbcTemplate jdbc;

    CursorRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row, locked until the transaction ends; empty when it is absent or another replica holds it. */
    Optional<CursorRow> lock(String name) {
        List<CursorRow> rows = this.jdbc.query("SELECT position, high, missing, updated_at FROM result_relay_cursor"
                + " WHERE name = ? FOR UPDATE SKIP LOCKED",
                (rs, n) -> new CursorRow(rs.getLong("position"), rs.getObject("high", Long.class),
                        rs.getString("missing"),
                        rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)),
                name);
        return rows.stream().findFirst();
    }

    // A plain read: consistent, so it neither waits for nor takes the lock the polling replica holds.
    boolean exists(String name) {
        Integer rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM result_relay_cursor WHERE name = ?",
                Integer.class, name);
        return rows != null && rows > 0;
    }

    /** Creates the row at position 0; false when another replica created it first. */
    boolean create(String name, Instant written) {
        return this.jdbc.update("INSERT INTO result_relay_cursor (name, position, updated_at) VALUES (?, 0, ?)"
                + " ON DUPLICATE KEY UPDATE name = name", name, AuditTrail.utc(written)) == 1;
    }

    void write(String name, GapTracker state, Instant written) {
        this.jdbc.update("UPDATE result_relay_cursor SET position = ?, high = ?, missing = ?, updated_at = ?"
                + " WHERE name = ?", state.position(), state.durableHigh(), state.durableMissing(),
                AuditTrail.utc(written), name);
    }

    /** The cursor row as read; restored into a tracker only when the reading replica's memory cannot be trusted. */
    record CursorRow(long position, Long high, String missing, Instant writtenAt) {
    }
}
