package com.decisionsuite.worker.support;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes configuration versions straight into config-service's table, as config-service would commit them.
 */
public final class ConfigRows {

    private ConfigRows() {
    }

    public static void insert(JdbcTemplate jdbc, String scope, String type, int version, double accept, Double reject,
            double minMargin, String mode, double auditRate, BigDecimal maxAutoValue, long reviewSeconds) {
        jdbc.update("""
                INSERT INTO threshold_config (scope, service_type, version, accept_threshold, reject_threshold,
                    min_margin, review_mode, audit_sample_rate, max_auto_value, review_deadline_seconds, updated_by,
                    updated_at, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', UTC_TIMESTAMP(6), 'test')""",
                scope, type, version, accept, reject, minMargin, mode, auditRate, maxAutoValue, reviewSeconds);
    }

    public static void remove(JdbcTemplate jdbc, String scope, String type, int version) {
        jdbc.update("""
                INSERT INTO threshold_config (scope, service_type, version, removed, updated_by, updated_at, reason)
                VALUES (?, ?, ?, TRUE, 'test', UTC_TIMESTAMP(6), 'test')""", scope, type, version);
    }
}
