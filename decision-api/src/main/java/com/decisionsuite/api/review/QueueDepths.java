package com.decisionsuite.api.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;

/**
 * One grouped query over the open items (PENDING and CLAIMED rows, through an index led by status) that feeds both
 * the stats endpoint and the gauges.
 */
@Component
class QueueDepths {

    private static final String SQL = """
            SELECT store_id, service_type,
                   SUM(CASE WHEN status = 'PENDING' OR lease_expires_at <= :now THEN 1 ELSE 0 END) AS pending,
                   SUM(CASE WHEN status = 'CLAIMED' AND lease_expires_at > :now THEN 1 ELSE 0 END) AS in_review,
                   SUM(CASE WHEN deadline_at < :now THEN 1 ELSE 0 END) AS overdue,
                   MIN(CASE WHEN status = 'PENDING' OR lease_expires_at <= :now THEN created_at END) AS oldest_pending
            FROM review_item
            WHERE status IN ('PENDING', 'CLAIMED')
              AND (:storeId IS NULL OR store_id = :storeId)
              AND (:serviceType IS NULL OR service_type = :serviceType)
            GROUP BY store_id, service_type
            ORDER BY store_id, service_type
            """;

    private final JdbcClient jdbc;

    QueueDepths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open work per store and service type; null filters mean all. */
    List<QueueDepth> current(Instant now, String storeId, ServiceType serviceType) {
        return this.jdbc.sql(SQL)
                .param("now", Timestamp.from(now))
                .param("storeId", storeId)
                .param("serviceType", serviceType == null ? null : serviceType.wireName())
                .query((rs, row) -> new QueueDepth(rs.getString("store_id"),
                        ServiceType.fromWireName(rs.getString("service_type")), rs.getLong("pending"),
                        rs.getLong("in_review"), rs.getLong("overdue"), DecisionAudit.instant(rs, "oldest_pending")))
                .list();
    }
}
