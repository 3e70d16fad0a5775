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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.worker.routing.Proposal;

/**
 * The audit trail in MySQL. Writes one batch of decisions and their review items in one transaction, as multi-row
 * INSERTs. A task already recorded stays as it is (ON DUPLICATE KEY no-op), so a redelivered entry never makes a second
 * record.
 */
@Component
public class AuditTrail {

    // 64 rows keep each statement text under the prepared-statement cache's SQL limit (application.properties).
    static final int CHUNK_ROWS = 64;

    private static final String ALREADY_RECORDED = " ON DUPLICATE KEY UPDATE task_id = task_id";

    private static final MultiRowInsert<DecisionRecord> INSERT_DECISIONS = new MultiRowInsert<>("""
            INSERT INTO decision (task_id, service_type, store_id, subject_id, outcome, proposed_label, score, margin,
                accept_threshold, reject_threshold, min_margin, max_auto_value, review_mode, config_source,
                config_version, policy, reason, reason_detail, audit_sampled, worker_id, stream_entry_id,
                delivery_count, occurred_at, accepted_at, decided_at, task_json, trace_parent) VALUES\s""", 27,
            ALREADY_RECORDED, CHUNK_ROWS, AuditTrail::bindDecision);

    private static final MultiRowInsert<DecisionRecord> INSERT_REVIEWS = new MultiRowInsert<>(
            "INSERT INTO review_item (task_id, kind, status, service_type, store_id, deadline_at, created_at) VALUES ",
            7, ALREADY_RECORDED, CHUNK_ROWS, AuditTrail::bindReview);

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final TransactionalJdbc writes;

    private final NamedParameterJdbcTemplate reads;

    private final ApplicationEventPublisher events;

    // Writes go through the pool without auto-commit; the read outside any transaction through the ordinary pool.
    AuditTrail(TransactionalJdbc writes, NamedParameterJdbcTemplate reads, ApplicationEventPublisher events) {
        this.writes = writes;
        this.reads = reads;
        this.events = events;
    }

    /** Which of these tasks already have a decision record; asked only for redelivered entries. */
    public Set<String> alreadyDecided(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(this.reads.queryForList("SELECT task_id FROM decision WHERE task_id IN (:ids)",
                new MapSqlParameterSource("ids", taskIds), String.class));
    }

    /** Commits the whole batch or nothing. */
    public void write(List<DecisionRecord> records) {
        List<DecisionRecord> reviews = records.stream().filter(r -> r.reviewKind() != null).toList();
        this.writes.transactions().executeWithoutResult(status -> {
            INSERT_DECISIONS.insert(this.writes.jdbc(), records);
            INSERT_REVIEWS.insert(this.writes.jdbc(), reviews);
        });
        // After the commit, never inside it: the relay must only be woken for rows it can read.
        if (!records.isEmpty()) {
            this.events.publishEvent(new DecisionsRecorded(records.size()));
        }
    }

    private static void bindDecision(PreparedStatement ps, int o, DecisionRecord r) throws SQLException {
        Proposal proposal = r.proposal();
        ThresholdConfig config = r.config();
        ps.setString(o + 1, r.task().taskId());
        ps.setString(o + 2, r.task().serviceType().wireName());
        ps.setString(o + 3, r.task().storeId());
        ps.setString(o + 4, r.task().subjectId());
        ps.setString(o + 5, r.routed().outcome().name());
        ps.setString(o + 6, proposal == null ? null : proposal.label());
        setDouble(ps, o + 7, proposal == null ? null : proposal.score());
        setDouble(ps, o + 8, proposal == null ? null : proposal.margin());
        setDouble(ps, o + 9, config == null ? null : config.acceptThreshold());
        setDouble(ps, o + 10, config == null ? null : config.rejectThreshold());
        setDouble(ps, o + 11, config == null ? null : config.minMargin());
        ps.setBigDecimal(o + 12, r.maxAutoValue());
        ps.setString(o + 13, config == null ? null : config.mode().name());
        ps.setString(o + 14, config == null ? null : config.source().wireName());
        if (config == null) {
            ps.setNull(o + 15, Types.INTEGER);
        }
        else {
            ps.setInt(o + 15, config.version());
        }
        ps.setString(o + 16, r.routed().policy());
        ps.setString(o + 17, r.routed().reason().name());
        String detail = r.routed().detail();
        ps.setString(o + 18, detail != null && detail.length() > 512 ? detail.substring(0, 512) : detail);
        ps.setBoolean(o + 19, r.auditSampled());
        ps.setString(o + 20, r.workerId());
        ps.setString(o + 21, r.streamEntryId());
        ps.setLong(o + 22, r.deliveryCount());
        ps.setString(o + 23, utc(r.task().occurredAt()));
        ps.setString(o + 24, utc(r.acceptedAt()));
        ps.setString(o + 25, utc(r.decidedAt()));
        ps.setString(o + 26, r.taskJson());
        String traceparent = r.traceparent();
        ps.setString(o + 27, traceparent != null && traceparent.length() <= 128 ? traceparent : null);
    }

    private static void bindReview(PreparedStatement ps, int o, DecisionRecord r) throws SQLException {
        ps.setString(o + 1, r.task().taskId());
        ps.setString(o + 2, r.reviewKind());
        ps.setString(o + 3, "PENDING");
        ps.setString(o + 4, r.task().serviceType().wireName());
        ps.setString(o + 5, r.task().storeId());
        ps.setString(o + 6, utc(r.reviewDeadlineAt()));
        ps.setString(o + 7, utc(r.decidedAt()));
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
