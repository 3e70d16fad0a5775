package com.decisionsuite.bench.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The end-to-end MySQL database ({@code decisions_test_e2e}, see CONTRIBUTING.md), which the services under
 * test write and the tests read with plain JDBC. Times there are DATETIME(6) in UTC.
 */
final class SuiteDatabase {

    static final String NAME = "decisions_test_e2e";

    static final String URL = "jdbc:mysql://127.0.0.1:3306/" + NAME + "?createDatabaseIfNotExist=true"
            + "&rewriteBatchedStatements=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private static final String SERVER_URL = "jdbc:mysql://127.0.0.1:3306/?connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true";

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SuiteDatabase() {
    }

    /** Drops and recreates the database, so config-service's Flyway run starts from an empty schema. */
    static void recreate() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME);
            statement.execute("CREATE DATABASE " + NAME);
        }
    }

    static boolean isMariaDb() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, "root", "");
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT VERSION()")) {
            return version.next() && version.getString(1).toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "root", "");
    }

    /** The single number {@code sql} answers. */
    static long number(String sql, Object... params) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    // Bound as text: Connector/J takes MariaDB for MySQL "5.5.5" and drops the fraction of temporal parameters.
    static String utc(Instant instant) {
        return DATETIME_6.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
