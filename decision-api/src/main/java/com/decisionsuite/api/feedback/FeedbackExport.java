package com.decisionsuite.api.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.DecisionOutcome;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reviewed tasks as JSON Lines while reading them: the driver streams the result set row by row, so a month
 * of verdicts never sits in memory, on either side.
 */
@Component
class FeedbackExport {

    // mysql-connector-j streams a result set row by row only for this fetch size (MariaDB included).
    private static final int STREAM_ROW_BY_ROW = Integer.MIN_VALUE;

    private static final String SQL = """
            SELECT v.review_id, v.task_id, v.kind, v.service_type, v.store_id, v.verdict, v.final_label, v.model_label,
                   v.agrees_with_model, v.reviewer, v.notes, v.decided_at,
                   d.outcome, d.proposed_label, d.score, d.margin, d.accept_threshold, d.reject_threshold, d.min_margin,
                   d.review_mode, d.config_source, d.config_version, d.policy, d.reason, d.reason_detail,
                   d.decided_at AS model_decided_at, d.task_json
            FROM review_verdict v JOIN decision d ON d.task_id = v.task_id
            WHERE v.decided_at >= :from AND v.decided_at < :to
              AND (:storeId IS NULL OR v.store_id = :storeId)
              AND (:serviceType IS NULL OR v.service_type = :serviceType)
              AND (:kind IS NULL OR v.kind = :kind)
            ORDER BY v.decided_at, v.id
            """;

    private final JdbcClient jdbc;

    private final ObjectWriter writer;

    FeedbackExport(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.writer = mapper.writerFor(FeedbackLine.class);
    }

    /** Writes one line per reviewed task and returns how many. */
    long write(ExportQuery query, OutputStream out) {
        long[] lines = { 0 };
        this.jdbc.sql(SQL)
                .withFetchSize(STREAM_ROW_BY_ROW)
                .param("from", Timestamp.from(query.from()))
                .param("to", Timestamp.from(query.to()))
                .param("storeId", query.storeId())
                .param("serviceType", query.serviceType() == null ? null : query.serviceType().wireName())
                .param("kind", query.kind())
                .query((ResultSet rs) -> {
                    try {
                        out.write(this.writer.writeValueAsBytes(line(rs)));
                        out.write('\n');
                        lines[0]++;
                    }
                    catch (IOException ex) {
                        throw new UncheckedIOException("client went away during the export", ex);
                    }
                });
        return lines[0];
    }

    private static FeedbackLine line(ResultSet rs) throws SQLException {
        FeedbackLine.Proposal proposal = new FeedbackLine.Proposal(DecisionOutcome.valueOf(rs.getString("outcome")),
                rs.getString("proposed_label"), rs.getObject("score", Double.class), rs.getObject("margin", Double.class),
                rs.getObject("accept_threshold", Double.class), rs.getObject("reject_threshold", Double.class),
                rs.getObject("min_margin", Double.class), rs.getString("review_mode"), rs.getString("config_source"),
                rs.getObject("config_version", Integer.class), rs.getString("policy"), rs.getString("reason"),
                rs.getString("reason_detail"), rs.getTimestamp("model_decided_at").toInstant());
        FeedbackLine.HumanVerdict verdict = new FeedbackLine.HumanVerdict(rs.getString("verdict"),
                rs.getString("final_label"), rs.getString("model_label"), rs.getBoolean("agrees_with_model"),
                rs.getString("reviewer"), rs.getString("notes"), rs.getTimestamp("decided_at").toInstant());
        return new FeedbackLine(rs.getLong("review_id"), rs.getString("task_id"), rs.getString("kind"),
                rs.getString("service_type"), rs.getString("store_id"), rs.getString("task_json"), proposal, verdict);
    }
}
