package com.decisionsuite.worker.relay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskDecided;

/**
 * Reviewers' verdicts (cursor over {@code review_verdict.id}); escalation verdicts are the final decision and
 * are published, audit verdicts only measure automation and are passed over.
 */
final class VerdictSource implements RelaySource {

    private static final String COLUMNS = """
            SELECT v.id, v.kind, v.task_id, v.service_type, v.store_id, v.verdict, v.final_label, v.decided_at,
                   d.subject_id FROM review_verdict v LEFT JOIN decision d ON d.task_id = v.task_id""";

    private final NamedParameterJdbcTemplate jdbc;

    VerdictSource(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "review_verdict";
    }

    @Override
    public List<RelayRow> after(long after, int limit) {
        return this.jdbc.query(COLUMNS + " WHERE v.id > :after ORDER BY v.id LIMIT :limit",
                new MapSqlParameterSource("after", after).addValue("limit", limit), VerdictSource::map);
    }

    @Override
    public List<RelayRow> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : this.jdbc.query(COLUMNS + " WHERE v.id IN (:ids) ORDER BY v.id",
                new MapSqlParameterSource("ids", ids), VerdictSource::map);
    }

    @Override
    public long maxId() {
        Long max = this.jdbc.getJdbcTemplate().queryForObject("SELECT MAX(id) FROM review_verdict", Long.class);
        return max == null ? 0 : max;
    }

    private static RelayRow map(ResultSet rs, int n) throws SQLException {
        if (!"ESCALATION".equals(rs.getString("kind"))) {
            return new RelayRow(rs.getLong("id"), null);
        }
        TaskDecided event = new TaskDecided(TaskDecided.CURRENT_SCHEMA_VERSION, rs.getString("task_id"),
                ServiceType.fromWireName(rs.getString("service_type")), rs.getString("store_id"),
                rs.getString("subject_id"), DecisionOutcome.ESCALATED, TaskDecided.BY_REVIEWER, rs.getString("verdict"),
                rs.getString("final_label"), null, null, null, null,
                rs.getObject("decided_at", java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC));
        return new RelayRow(rs.getLong("id"), event);
    }
}
