package com.decisionsuite.worker.stream;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.worker.support.TcpProxy;
import com.decisionsuite.worker.support.TestDatabase;
import com.decisionsuite.worker.support.TestStreams;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MySqlOutageIntegrationTests extends WorkerIntegrationTest {

    static final TcpProxy mysql = startProxy();

    @Autowired
    HealthIndicator decisionStreams;

    @Autowired
    HealthIndicator decisionLoops;

    private final JdbcTemplate direct = TestDatabase.jdbc();

    @DynamicPropertySource
    static void throughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.url(mysql.port()));
    }

    @AfterAll
    static void closeProxy() throws IOException {
        mysql.close();
    }

    @Test
    void nothingIsAcknowledgedDuringAnOutageAndEveryTaskIsDecidedOnceAfter() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> this.decisionStreams.health().getStatus() == Status.UP);
        mysql.cut();
        for (int i = 0; i < 300; i++) {
            streams.add(TestStreams.task("outage-" + i, i % 2 == 0 ? ServiceType.TRACKING : ServiceType.PRODUCT_RECOGNITION,
                    "store-" + (i % 7), 0.95, 0.2));
        }

        // The worker holds what it read and cannot commit: health goes DOWN, nothing is acknowledged.
        await().atMost(Duration.ofSeconds(20)).until(() -> this.decisionStreams.health().getStatus() == Status.DOWN);
        assertThat(unacknowledged()).isEqualTo(300);
        // ... yet it stays live: restarting a worker that waits out an outage would only lose its batch in hand.
        assertThat(this.decisionLoops.health().getStatus()).isEqualTo(Status.UP);
        // Longer than reclaim-idle (2 s): the held entries are kept from being reclaimed and re-counted.
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                .until(() -> unacknowledged() == 300 && decided() == 0);

        mysql.restore();

        await().atMost(Duration.ofSeconds(60)).until(() -> decided() == 300 && unacknowledged() == 0);
        assertThat(this.direct.queryForObject("SELECT COUNT(DISTINCT task_id) FROM decision WHERE task_id LIKE 'outage-%'",
                Long.class)).isEqualTo(300);
        assertThat(this.direct.queryForObject("SELECT MAX(delivery_count) FROM decision WHERE task_id LIKE 'outage-%'",
                Integer.class)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> this.decisionStreams.health().getStatus() == Status.UP);
    }

    /** Entries not acknowledged yet: undelivered (lag) plus pending, over both streams. */
    private long unacknowledged() {
        long total = 0;
        for (ServiceType type : new ServiceType[] { ServiceType.TRACKING, ServiceType.PRODUCT_RECOGNITION }) {
            String stream = TaskStreams.taskStream(type);
            total += streams.pending(type) + lag(stream);
        }
        return total;
    }

    private long lag(String stream) {
        for (Object group : streams.redis().xinfoGroups(stream)) {
            java.util.List<?> fields = (java.util.List<?>) group;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("lag".equals(String.valueOf(fields.get(i)))) {
                    return Long.parseLong(String.valueOf(fields.get(i + 1)));
                }
            }
        }
        return 0;
    }

    private long decided() {
        Long n = this.direct.queryForObject("SELECT COUNT(*) FROM decision WHERE task_id LIKE 'outage-%'", Long.class);
        return n == null ? 0 : n;
    }

    private static TcpProxy startProxy() {
        try {
            return new TcpProxy(3306);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
