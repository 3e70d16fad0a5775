package com.decisionsuite.api.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;

/**
 * Counts over the verdicts of a time window: per hour, and agreement with the model per store, type and kind.
 */
@Component
class VerdictTallies {

    private static final String WINDOW = """
            FROM review_verdict
            WHERE decided_at >= :from AND decided_at < :to
              AND (:storeId IS NULL OR store_id = :storeId)
              AND (:serviceType IS NULL OR service_type = :serviceType)
            """;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JdbcClient jdbc;

    VerdictTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HourCount> perHour(StatsWindow window) {
        return bind("SELECT DATE_FORMAT(decided_at, '%Y-%m-%d %H:00:00') AS hour, kind, COUNT(*) AS verdicts "
                + WINDOW + " GROUP BY hour, kind ORDER BY hour, kind", window)
                .query((rs, row) -> new HourCount(LocalDateTime.parse(rs.getString("hour"), HOUR).toInstant(ZoneOffset.UTC),
                        ReviewKind.valueOf(rs.getString("kind")), rs.getLong("verdicts")))
                .list();
    }

    List<AgreementCount> agreement(StatsWindow window) {
        return bind("SELECT store_id, service_type, kind, COUNT(*) AS verdicts, "
                + "SUM(CASE WHEN agrees_with_model THEN 1 ELSE 0 END) AS agreed " + WINDOW
                + " GROUP BY store_id, service_type, kind ORDER BY store_id, service_type, kind", window)
                .query((rs, row) -> new AgreementCount(rs.getString("store_id"),
                        ServiceType.fromWireName(rs.getString("service_type")), ReviewKind.valueOf(rs.getString("kind")),
                        rs.getLong("verdicts"), rs.getLong("agreed")))
                .list();
    }

    private JdbcClient.StatementSpec bind(String sql, StatsWindow window) {
        return this.jdbc.sql(sql)
                .param("from", Timestamp.from(window.from()))
                .param("to", Timestamp.from(window.to()))
                .param("storeId", window.storeId())
                .param("serviceType", window.serviceType() == null ? null : window.serviceType().wireName());
    }

    /** Verdicts of one kind decided within one hour (UTC) starting at {@code hour}. */
    record HourCount(Instant hour, ReviewKind kind, long verdicts) {
    }

    /** Verdicts of one kind for one store and type, and how many agreed with the model. */
    record AgreementCount(String storeId, ServiceType serviceType, ReviewKind kind, long verdicts, long agreed) {
    }
}
