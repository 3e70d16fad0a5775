package com.decisionsuite.worker.support;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full worker against the shared Redis (logical database 2) and MariaDB ({@code decisions_test_worker}),
 * cleaned before the class; each class gets a context of its own so no other class's worker consumes alongside.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles({ "it", "mariadb", "console" })
@DirtiesContext
public abstract class WorkerIntegrationTest {

    protected static TestStreams streams;

    @BeforeAll
    static void cleanSlate() throws SQLException {
        TestDatabase.clean();
        streams = new TestStreams(6379, 2);
        streams.clean();
    }

    @AfterAll
    static void closeStreams() {
        streams.close();
    }
}
