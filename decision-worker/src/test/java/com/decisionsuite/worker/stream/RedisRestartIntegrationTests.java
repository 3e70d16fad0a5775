package com.decisionsuite.worker.stream;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.ThresholdsChanged;
import com.decisionsuite.model.WireCodec;
import com.decisionsuite.worker.support.ConfigRows;
import com.decisionsuite.worker.support.PrivateRedis;
import com.decisionsuite.worker.support.TestDatabase;
import com.decisionsuite.worker.support.TestStreams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The worker against a Redis of the test's own that is killed and started again empty (no persistence): the
 * worker must reconnect, re-create its consumer group and keep consuming, and hear configuration changes again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "decision.worker.config-cache-ttl=10m")
@ActiveProfiles({ "it", "mariadb", "console" })
@DirtiesContext
class RedisRestartIntegrationTests {

    static final PrivateRedis redis = startRedis();

    static TestStreams streams;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", redis::port);
        registry.add("spring.data.redis.database", () -> 0);
    }

    @BeforeAll
    static void cleanSlate() throws SQLException {
        TestDatabase.clean();
        streams = new TestStreams(redis.port(), 0);
    }

    @AfterAll
    static void stopRedis() throws InterruptedException {
        streams.close();
        redis.close();
    }

    @Test
    void keepsConsumingAfterRedisRestartsEmpty() throws Exception {
        addTasks("before", 50);
        await().atMost(Duration.ofSeconds(20)).until(() -> decided("before-%") == 50);

        redis.kill();
        redis.start();
        addTasks("after", 50);

        await().atMost(Duration.ofSeconds(30)).until(() -> decided("after-%") == 50
                && streams.pending(ServiceType.TRACKING) == 0);
        assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT task_id) FROM decision WHERE task_id LIKE 'after-%'",
                Long.class)).isEqualTo(50);
    }

    @Test
    void hearsConfigurationChangesAfterRedisRestarts() throws Exception {
        streams.add(TestStreams.task("cfg-before", ServiceType.TRACKING, "store-k", 0.95, 0.1));
        await().atMost(Duration.ofSeconds(20)).until(() -> decided("cfg-before") == 1);
        redis.kill();
        redis.start();
        streams.add(TestStreams.task("cfg-restarted", ServiceType.TRACKING, "store-k", 0.95, 0.1));
        await().atMost(Duration.ofSeconds(30)).until(() -> decided("cfg-restarted") == 1);
        assertThat(configOf("cfg-restarted")).isEqualTo("default:1");

        // config-service's protocol: commit, SET the cache entry, announce. The near cache lives 10 minutes here,
        // so only the announcement, heard on the re-established subscription, can bring version 7 in.
        ConfigRows.insert(this.jdbc, "store-k", "tracking", 7, 0.99, null, 0.0, "AUTO", 0.0, null, 600);
        ThresholdConfig v7 = new ThresholdConfig("store-k", ServiceType.TRACKING, 7, 0.99, null, 0.0, ReviewMode.AUTO,
                0.0, null, Duration.ofMinutes(10), "test", Instant.now());
        streams.redis().set(TaskStreams.storeConfigKey("store-k", ServiceType.TRACKING), WireCodec.write(v7));
        streams.redis().publish(TaskStreams.CONFIG_CHANGES_CHANNEL,
                WireCodec.write(new ThresholdsChanged("store-k", ServiceType.TRACKING, 7)));
        // The announcement travels on its own connection: a task read in the same instant may still see version 1,
        // so probes keep coming until one is decided with version 7.
        java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String id = "cfg-changed-" + probes.incrementAndGet();
            streams.add(TestStreams.task(id, ServiceType.TRACKING, "store-k", 0.95, 0.1));
            await().atMost(Duration.ofSeconds(10)).until(() -> decided(id) == 1);
            return "store:7".equals(configOf(id));
        });
        String changed = "cfg-changed-" + probes.get();
        assertThat(this.jdbc.queryForObject("SELECT outcome FROM decision WHERE task_id = ?", String.class, changed))
                .isEqualTo("ESCALATED");
    }

    private void addTasks(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            streams.add(TestStreams.task(prefix + "-" + i, ServiceType.TRACKING, "store-r", 0.99));
        }
    }

    private String configOf(String taskId) {
        return this.jdbc.queryForObject("SELECT CONCAT(config_source, ':', config_version) FROM decision WHERE task_id = ?",
                String.class, taskId);
    }

    private long decided(String like) {
        Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE task_id LIKE ?", Long.class, like);
        return n == null ? 0 : n;
    }

    private static PrivateRedis startRedis() {
        try {
            return new PrivateRedis();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
