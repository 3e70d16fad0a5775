package com.decisionsuite.worker.relay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.decisionsuite.model.ConfigSource;
import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskDecided;

/**
 * The worker's decision rows as the outbox (cursor over {@code decision.seq}).
 */
final class DecisionSource implements RelaySource {

    private static final String COLUMNS = """
            SELECT seq, task_id, service_type, store_id, subject_id, outcome, proposed_label, score, config_source,
                   config_version, reason, decided_at, trace_parent FROM decision""";

    private final NamedParameterJdbcTemplate jdbc;

    DecisionSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "decision";
    }

    @Override
    public List<RelayRow> after(long after, int limit) {
        return this.jdbc.query(COLUMNS + " WHERE seq > :after ORDER BY seq LIMIT :limit",
                new MapSqlParameterSource("after", after).addValue("limit", limit), DecisionSource::map);
    }

    @Override
    public List<RelayRow> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : this.jdbc.query(COLUMNS + " WHERE seq IN (:ids) ORDER BY seq",
                new MapSqlParameterSource("ids", ids), DecisionSource::map);
    }

    @Override
    public boolean fedByThisWorker() {
        return true;
    }

    @Override
    public long maxId() {
        Long max = this.jdbc.getJdbcTemplate().queryForObject("SELECT MAX(seq) FROM decision", Long.class);
        return max == null ? 0 : max;
    }

    // By position in COLUMNS: Connector/J resolves a column label through a map on every call, and the relay reads
    // every decision row once.
    private static RelayRow map(ResultSet rs, int n) throws SQLException {
        DecisionOutcome outcome = DecisionOutcome.valueOf(rs.getString(6));
        double score = rs.getDouble(8);
        Double boxedScore = rs.wasNull() ? null : score;
        String source = rs.getString(9);
        int version = rs.getInt(10);
        Integer boxedVersion = rs.wasNull() ? null : version;
        TaskDecided event = new TaskDecided(TaskDecided.CURRENT_SCHEMA_VERSION, rs.getString(2),
                ServiceType.fromWireName(rs.getString(3)), rs.getString(4), rs.getString(5), outcome,
                TaskDecided.BY_WORKER, null, outcome == DecisionOutcome.AUTO_ACCEPTED ? rs.getString(7) : null,
                boxedScore, source == null ? null : "store".equals(source) ? ConfigSource.STORE : ConfigSource.DEFAULT,
                boxedVersion, rs.getString(11), rs.getObject(12, LocalDateTime.class).toInstant(ZoneOffset.UTC));
        return new RelayRow(rs.getLong(1), event, rs.getString(13));
    }
}
