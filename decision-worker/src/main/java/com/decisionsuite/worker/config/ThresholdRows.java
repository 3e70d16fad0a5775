package com.decisionsuite.worker.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * The current configuration row of one (scope, service type) in config-service's table; read only.
 */
@Component
class ThresholdRows {

    private final JdbcClient jdbc;

    ThresholdRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest version, empty when there is none or it records a removal. */
    Optional<ThresholdConfig> current(String scope, ServiceType type) {
        return this.jdbc.sql("""
                SELECT scope, service_type, version, removed, accept_threshold, reject_threshold, min_margin,
                       review_mode, audit_sample_rate, max_auto_value, review_deadline_seconds, updated_by, updated_at
                FROM threshold_config WHERE scope = ? AND service_type = ? ORDER BY version DESC LIMIT 1""")
                .params(scope, type.wireName())
                .query((rs, n) -> rs.getBoolean("removed") ? Optional.<ThresholdConfig>empty() : Optional.of(map(rs)))
                .optional()
                .flatMap(row -> row);
    }

    private static ThresholdConfig map(ResultSet rs) throws SQLException {
        double reject = rs.getDouble("reject_threshold");
        Double rejectThreshold = rs.wasNull() ? null : reject;
        return new ThresholdConfig(rs.getString("scope"), ServiceType.fromWireName(rs.getString("service_type")),
                rs.getInt("version"), rs.getDouble("accept_threshold"), rejectThreshold, rs.getDouble("min_margin"),
                ReviewMode.valueOf(rs.getString("review_mode")), rs.getDouble("audit_sample_rate"),
                rs.getBigDecimal("max_auto_value"), Duration.ofSeconds(rs.getLong("review_deadline_seconds")),
                rs.getString("updated_by"),
                rs.getObject("updated_at", java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
