package com.decisionsuite.worker.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.worker.routing.Proposal;

/**
 * The audit trail in MySQL. Writes one batch of decisions and their review items in one transaction with JDBC batching. A task already
 * recorded stays as it is (ON DUPLICATE KEY no-op), so a redelivered entry never makes a second record.
 */
@Component
public class AuditTrail {

    private static final String INSERT_DECISION = """
            INSERT INTO decision (task_id, service_type, store_id, subject_id, outcome, proposed_label, score, margin,
                accept_threshold, reject_threshold, min_margin, max_auto_value, review_mode, config_source,
                config_version, policy, reason, reason_detail, audit_sampled, worker_id, stream_entry_id,
                delivery_count, occurred_at, accepted_at, decided_at, task_json, trace_parent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE task_id = task_id""";

    private static final String INSERT_REVIEW = """
            INSERT INTO review_item (task_id, kind, status, service_type, store_id, deadline_at, created_at)
            VALUES (?, ?, 'PENDING', ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE task_id = task_id""";

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final JdbcTemplate jdbc;

    private final NamedParameterJdbcTemplate named;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    AuditTrail(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.named = named;
        this.transactions = transactions;
        this.events = events;
    }

    /** Which of these tasks already have a decision record; asked only for redelivered entries. */
    public Set<String> alreadyDecided(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(this.named.queryForList("SELECT task_id FROM decision WHERE task_id IN (:ids)",
                new MapSqlParameterSource("ids", taskIds), String.class));
    }

    /** Commits the whole batch or nothing. */
    public void write(List<DecisionRecord> records) {
        List<DecisionRecord> reviews = records.stream().filter(r -> r.reviewKind() != null).toList();
        this.transactions.executeWithoutResult(status -> {
            this.jdbc.batchUpdate(INSERT_DECISION, records, records.size(), AuditTrail::bindDecision);
            if (!reviews.isEmpty()) {
                this.jdbc.batchUpdate(INSERT_REVIEW, reviews, reviews.size(), AuditTrail::bindReview);
            }
        });
        // After the commit, never inside it: the relay must only be woken for rows it can read.
        if (!records.isEmpty()) {
            this.events.publishEvent(new DecisionsRecorded(records.size()));
        }
    }

    private static void bindDecision(PreparedStatement ps, DecisionRecord r) throws SQLException {
        Proposal proposal = r.proposal();
        ThresholdConfig config = r.config();
        ps.setString(1, r.task().taskId());
        ps.setString(2, r.task().serviceType().wireName());
        ps.setString(3, r.task().storeId());
        ps.setString(4, r.task().subjectId());
        ps.setString(5, r.routed().outcome().name());
        ps.setString(6, proposal == null ? null : proposal.label());
        setDouble(ps, 7, proposal == null ? null : proposal.score());
        setDouble(ps, 8, proposal == null ? null : proposal.margin());
        setDouble(ps, 9, config == null ? null : config.acceptThreshold());
        setDouble(ps, 10, config == null ? null : config.rejectThreshold());
        setDouble(ps, 11, config == null ? null : config.minMargin());
        ps.setBigDecimal(12, r.maxAutoValue());
        ps.setString(13, config == null ? null : config.mode().name());
        ps.setString(14, config == null ? null : config.source().wireName());
        if (config == null) {
            ps.setNull(15, Types.INTEGER);
        }
        else {
            ps.setInt(15, config.version());
        }
        ps.setString(16, r.routed().policy());
        ps.setString(17, r.routed().reason().name());
        String detail = r.routed().detail();
        ps.setString(18, detail != null && detail.length() > 512 ? detail.substring(0, 512) : detail);
        ps.setBoolean(19, r.auditSampled());
        ps.setString(20, r.workerId());
        ps.setString(21, r.streamEntryId());
        ps.setLong(22, r.deliveryCount());
        ps.setString(23, utc(r.task().occurredAt()));
        ps.setString(24, utc(r.acceptedAt()));
        ps.setString(25, utc(r.decidedAt()));
        ps.setString(26, r.taskJson());
        String traceparent = r.traceparent();
        ps.setString(27, traceparent != null && traceparent.length() <= 128 ? traceparent : null);
    }

    private static void bindReview(PreparedStatement ps, DecisionRecord r) throws SQLException {
        ps.setString(1, r.task().taskId());
        ps.setString(2, r.reviewKind());
        ps.setString(3, r.task().serviceType().wireName());
        ps.setString(4, r.task().storeId());
        ps.setString(5, utc(r.reviewDeadlineAt()));
        ps.setString(6, utc(r.decidedAt()));
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        }
        else {
            ps.setDouble(index, value);
        }
    }

    /**
     * An instant as a DATETIME(6) literal in UTC, for binding as text: Connector/J sees MariaDB as "5.5.5-10.11"
     * and drops fractional seconds of temporal parameters for servers below 5.6.4.
     */
    public static String utc(Instant instant) {
        return DATETIME_6.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
