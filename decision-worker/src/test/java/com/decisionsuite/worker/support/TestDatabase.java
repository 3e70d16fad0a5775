package com.decisionsuite.worker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Direct access to the worker's test database, bypassing any proxy, for set-up and assertions.
 */
public final class TestDatabase {

    public static final String NAME = "decisions_test_worker";

    public static final String PARAMS = "?createDatabaseIfNotExist=true&rewriteBatchedStatements=true"
            + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private TestDatabase() {
    }

    public static String url(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + NAME + PARAMS;
    }

    public static DataSource dataSource() {
        return new DriverManagerDataSource(url(3306), "root", "");
    }

    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /** Empties the worker's tables (when they exist yet) and resets configurations to the seeded defaults. */
    public static void clean() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(3306), "root", "");
                Statement statement = connection.createStatement()) {
            var tables = connection.getMetaData().getTables(NAME, null, "decision", null);
            if (!tables.next()) {
                return;
            }
            for (String table : new String[] { "decision", "review_item", "review_verdict", "result_relay_cursor" }) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            statement.execute("DELETE FROM threshold_config WHERE NOT (scope = '_defaults' AND version = 1)");
        }
    }
}
