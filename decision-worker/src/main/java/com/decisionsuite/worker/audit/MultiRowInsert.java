package com.decisionsuite.worker.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An INSERT of many rows per statement, written out as {@code VALUES (...), (...)} in chunks of a fixed size plus
 * one statement for the remainder.
 *
 * <p>Connector/J's {@code rewriteBatchedStatements} builds the same statement from a JDBC batch, but binds every value
 * twice on the way (into the batch, then into the rewritten statement); Connector/J was 40 % of the worker's CPU at
 * 12,000 tasks/s, most of it binding values. Only two statement texts exist per table (the chunk and the single
 * row, whose JDBC batch the driver still rewrites), so the prepared-statement cache keeps both.
 *
 * @param <T> what one row is bound from
 */
final class MultiRowInsert<T> {

    /** Binds one row's values at {@code offset + 1 ...}. */
    @FunctionalInterface
    interface RowBinder<T> {

        void bind(PreparedStatement ps, int offset, T row) throws SQLException;
    }

    private final String chunkSql;

    private final String singleSql;

    private final int columns;

    private final int chunkRows;

    private final RowBinder<T> binder;

    /**
     * @param head the statement up to and including {@code VALUES }
     * @param tail what follows the rows, e.g. an {@code ON DUPLICATE KEY} clause
     */
    MultiRowInsert(String head, int columns, String tail, int chunkRows, RowBinder<T> binder) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        this.chunkSql = head + String.join(", ", Collections.nCopies(chunkRows, row)) + tail;
        this.singleSql = head + row + tail;
        this.columns = columns;
        this.chunkRows = chunkRows;
        this.binder = binder;
    }

    /** Inserts every row; must run inside the caller's transaction. */
    void insert(JdbcTemplate jdbc, List<T> rows) {
        int full = rows.size() / this.chunkRows * this.chunkRows;
        if (full > 0) {
            jdbc.execute(this.chunkSql, (PreparedStatement ps) -> {
                for (int start = 0; start < full; start += this.chunkRows) {
                    for (int i = 0; i < this.chunkRows; i++) {
                        this.binder.bind(ps, i * this.columns, rows.get(start + i));
                    }
                    ps.executeUpdate();
                }
                return null;
            });
        }
        List<T> rest = rows.subList(full, rows.size());
        if (!rest.isEmpty()) {
            jdbc.batchUpdate(this.singleSql, rest, rest.size(), (ps, row) -> this.binder.bind(ps, 0, row));
        }
    }
}
