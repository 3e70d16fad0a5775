package com.decisionsuite.worker.relay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.lettuce.core.Range;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.worker.audit.TransactionalJdbc;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

// The context's own relay is off: the two relays here stand for two worker replicas sharing the cursor row.
@TestPropertySource(properties = "decision.worker.relay.enabled=false")
class RelayHandoverIntegrationTests extends WorkerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionalJdbc database;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    StatefulRedisConnection<String, String> redis;

    private DecisionSource source;

    private ResultRelay first;

    private ResultRelay second;

    @BeforeEach
    void twoReplicas() {
        this.jdbc.update("DELETE FROM decision");
        this.jdbc.update("DELETE FROM result_relay_cursor");
        this.redis.sync().del(TaskStreams.RESULTS_STREAM);
        RelayProperties properties = new RelayProperties(true, Duration.ofSeconds(10), null, 100, Duration.ofMinutes(2), null);
        this.source = new DecisionSource(this.database.named());
        this.first = relay(properties);
        this.second = relay(properties);
        this.first.poll(this.source); // creates the cursor row
    }

    @Test
    void leavesTheCursorToTheReplicaThatIsRelaying() {
        insertDecisions(1, 2);
        this.first.poll(this.source);
        insertDecisions(3);

        this.second.poll(this.source);

        assertThat(publishedTasks()).containsExactly("h-1", "h-2");
        this.first.poll(this.source);
        assertThat(publishedTasks()).containsExactly("h-1", "h-2", "h-3");
    }

    @Test
    void publishesNothingTwiceWhenTheCursorChangesHandsAroundAGap() {
        insertDecisions(1, 2, 4, 6);
        ownerFallsSilent();
        this.second.poll(this.source); // takes over, publishes 1, 2, 4, 6 and waits for 3 and 5
        ownerFallsSilent();
        insertDecisions(5);
        this.first.poll(this.source); // takes over and publishes 5; position and high stay where they were
        ownerFallsSilent();

        this.second.poll(this.source); // takes the cursor back: its memory still waits for 5

        assertThat(publishedTasks()).containsExactly("h-1", "h-2", "h-4", "h-6", "h-5");
        insertDecisions(3);
        this.first.poll(this.source); // the second replica relays again: left alone
        this.second.poll(this.source);
        assertThat(publishedTasks()).containsExactly("h-1", "h-2", "h-4", "h-6", "h-5", "h-3");
    }

    @Test
    void aReplicaPollingWhileAnotherHoldsTheCursorNeitherWaitsNorTakesIt() throws Exception {
        insertDecisions(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // The owner mid-poll, as this test's transaction holding the row lock.
            this.transactions.executeWithoutResult(status -> {
                this.jdbc.queryForList("SELECT name FROM result_relay_cursor WHERE name = 'decision' FOR UPDATE");
                Future<Integer> read = other.submit(() -> this.second.poll(this.source));
                // Bounded, not timed: before the fix the poll waited for this lock (innodb_lock_wait_timeout, 50 s).
                assertThat(read).succeedsWithin(Duration.ofSeconds(20)).isEqualTo(0);
            });
        }
        finally {
            other.shutdownNow();
        }

        this.first.poll(this.source);

        assertThat(publishedTasks()).containsExactly("h-1");
    }

    private ResultRelay relay(RelayProperties properties) {
        return new ResultRelay(this.database.jdbc(), this.database.transactions(),
                new ResultPublisher(this.redis, properties.resultsMaxLength(), new SimpleMeterRegistry()), properties);
    }

    // What a replica that stopped relaying leaves behind: a cursor row nobody has written for a while.
    private void ownerFallsSilent() {
        this.jdbc.update("UPDATE result_relay_cursor SET updated_at = updated_at - INTERVAL 1 HOUR");
    }

    private void insertDecisions(long... seqs) {
        for (long seq : seqs) {
            this.jdbc.update("""
                    INSERT INTO decision (seq, task_id, service_type, store_id, outcome, proposed_label, score, policy,
                        reason, worker_id, stream_entry_id, delivery_count, occurred_at, accepted_at, decided_at, task_json)
                    VALUES (?, ?, 'tracking', 'store-h', 'AUTO_ACCEPTED', 'label-0', 0.99, 'top-candidate',
                        'ACCEPT_THRESHOLD_MET', 'it-worker', ?, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), '{}')""",
                    seq, "h-" + seq, seq + "-0");
        }
    }

    private List<String> publishedTasks() {
        return this.redis.sync().xrange(TaskStreams.RESULTS_STREAM, Range.create("-", "+")).stream()
                .map(m -> m.getBody().get(TaskStreams.FIELD_EVENT))
                .map(event -> event.replaceAll(".*\"taskId\":\"([^\"]+)\".*", "$1"))
                .toList();
    }
}
