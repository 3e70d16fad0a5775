package com.decisionsuite.worker.relay;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.worker.support.ConfigRows;
import com.decisionsuite.worker.support.TestStreams;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.awaitility.Awaitility.await;

// Commits wake the relay far more often than this interval, and a wake-up polls only the decisions.
@TestPropertySource(properties = "decision.worker.relay.interval=1s")
class RelayVerdictIntegrationTests extends WorkerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishesReviewerVerdictsWhileCommittedDecisionsKeepWakingTheRelay() {
        ConfigRows.insert(this.jdbc, "store-rv", "tracking", 1, 0.80, null, 0.0, "AUTO", 0.0, null, 600);
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService upstream = Executors.newSingleThreadScheduledExecutor();
        upstream.scheduleAtFixedRate(() -> streams.add(TestStreams.task("rv-" + sent.incrementAndGet(),
                ServiceType.TRACKING, "store-rv", 0.99)), 0, 50, TimeUnit.MILLISECONDS);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> streams.result("rv-5").isPresent());
            this.jdbc.update("INSERT INTO review_verdict (review_id, task_id, kind, service_type, store_id, verdict,"
                    + " final_label, model_label, agrees_with_model, reviewer, lease_token, decided_at)"
                    + " VALUES (?, 'rv-verdict', 'ESCALATION', 'tracking', 'store-rv', 'CONFIRM', 'track-1', 'track-1',"
                    + " TRUE, 'ana', ?, ?)", 424242L, UUID.randomUUID().toString(), Timestamp.from(Instant.now()));

            await().atMost(Duration.ofSeconds(20)).until(() -> streams.result("rv-verdict").isPresent());
            int sentWhenPublished = sent.get();
            // The decisions were still flowing, so the verdict went out on an interval round between wake-ups.
            await().atMost(Duration.ofSeconds(20)).until(() -> streams.result("rv-" + sentWhenPublished).isPresent());
        }
        finally {
            upstream.shutdownNow();
        }
    }
}
