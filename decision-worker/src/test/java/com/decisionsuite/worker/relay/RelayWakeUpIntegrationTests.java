package com.decisionsuite.worker.relay;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.worker.support.ConfigRows;
import com.decisionsuite.worker.support.TestStreams;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// A poll interval no test outlasts: whatever reaches decision-results here was published because of the commit.
@TestPropertySource(properties = "decision.worker.relay.interval=1h")
class RelayWakeUpIntegrationTests extends WorkerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishesCommittedDecisionsWithoutWaitingForThePollInterval() {
        ConfigRows.insert(this.jdbc, "store-w", "tracking", 1, 0.80, null, 0.0, "AUTO", 0.0, null, 600);
        // Whether the start-up round came before or after this commit, from here on only commits wake the relay.
        streams.add(TestStreams.task("wake-0", ServiceType.TRACKING, "store-w", 0.99));
        await().atMost(Duration.ofSeconds(20)).until(() -> streams.result("wake-0").isPresent());

        for (int i = 1; i <= 3; i++) {
            String taskId = "wake-" + i;
            streams.add(TestStreams.task(taskId, ServiceType.TRACKING, "store-w", 0.99));
            await().atMost(Duration.ofSeconds(20)).until(() -> streams.result(taskId).isPresent());
        }

        assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE task_id LIKE 'wake-%'", Integer.class))
                .isEqualTo(4);
    }
}
