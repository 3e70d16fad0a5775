package com.decisionsuite.worker.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.worker.support.TestStreams;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeliveryIntegrationTests extends WorkerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StreamConsumers consumers;

    @Autowired
    MeterRegistry meters;

    @Test
    void entriesOfAConsumerThatDiedAreReclaimedAndDecidedExactlyOnce() {
        this.consumers.stop();
        try {
            for (int i = 0; i < 60; i++) {
                streams.add(TestStreams.task("orphan-" + i, ServiceType.ACTION_RECOGNITION, "store-o", 0.99));
            }
            List<StreamMessage<String, String>> taken = streams.redis().xreadgroup(Consumer.from(TaskStreams.GROUP, "dead-worker"),
                    XReadArgs.Builder.count(1000), XReadArgs.StreamOffset.lastConsumed(TaskStreams.taskStream(ServiceType.ACTION_RECOGNITION)));
            assertThat(taken).hasSize(60);
        }
        finally {
            this.consumers.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> count("task_id LIKE 'orphan-%'") == 60
                && streams.pending(ServiceType.ACTION_RECOGNITION) == 0);
        assertThat(this.jdbc.queryForList("SELECT DISTINCT delivery_count FROM decision WHERE task_id LIKE 'orphan-%'",
                Integer.class)).containsExactly(2);
        assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT task_id) FROM decision WHERE task_id LIKE 'orphan-%'",
                Long.class)).isEqualTo(60);
        assertThat(this.meters.get("decision.worker.reclaimed").tag("service_type", "action-recognition").counter().count())
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void poisonEntriesGoToTheDeadLetterStreamWhileTheRestKeepFlowing() {
        for (int i = 0; i < 10; i++) {
            streams.add(TestStreams.task("flowing-" + i, ServiceType.TRACKING, "store-p", 0.99));
            if (i == 4) {
                streams.addRaw(ServiceType.TRACKING, Map.of(TaskStreams.FIELD_TASK, "{not json"));
                streams.addRaw(ServiceType.TRACKING, Map.of("something", "else"));
                streams.addRaw(ServiceType.TRACKING, Map.of(TaskStreams.FIELD_TASK,
                        "{\"taskId\":\"bad-1\",\"serviceType\":\"tracking\",\"storeId\":\"s\",\"candidates\":[],\"occurredAt\":\"2026-01-01T00:00:00Z\"}"));
            }
        }
        String dead = TaskStreams.deadLetterStream(ServiceType.TRACKING);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("task_id LIKE 'flowing-%'") == 10
                && streams.redis().xlen(dead) == 3 && streams.pending(ServiceType.TRACKING) == 0);

        List<StreamMessage<String, String>> letters = streams.redis().xrange(dead, io.lettuce.core.Range.create("-", "+"));
        assertThat(letters).allSatisfy(letter -> assertThat(letter.getBody())
                .containsKeys(TaskStreams.FIELD_ERROR, TaskStreams.FIELD_SOURCE_ENTRY_ID)
                .containsEntry(TaskStreams.FIELD_DELIVERY_COUNT, "1"));
        assertThat(letters.get(0).getBody()).containsEntry(TaskStreams.FIELD_TASK, "{not json");
        assertThat(letters.get(1).getBody().get(TaskStreams.FIELD_ERROR)).contains("no task field");
        assertThat(letters.get(2).getBody().get(TaskStreams.FIELD_ERROR)).contains("candidates");
        assertThat(this.meters.get("decision.worker.dead.lettered").tag("reason", "MALFORMED").counter().count()).isEqualTo(3);
    }

    @Test
    void entryDeliveredMoreThanMaxDeliveriesIsDeadLetteredNotDecided() {
        String stream = TaskStreams.taskStream(ServiceType.CART_VERIFICATION);
        this.consumers.stop();
        String entry;
        try {
            entry = streams.add(TestStreams.task("crashing-1", ServiceType.CART_VERIFICATION, "store-q", 0.99));
            streams.redis().xreadgroup(Consumer.from(TaskStreams.GROUP, "crashing-worker"), XReadArgs.Builder.count(10),
                    XReadArgs.StreamOffset.lastConsumed(stream));
            // Four more deliveries, as four workers that crashed on it in turn would have made.
            for (int i = 0; i < 4; i++) {
                streams.redis().xclaim(stream, Consumer.from(TaskStreams.GROUP, "crashing-worker"), 0, entry);
            }
        }
        finally {
            this.consumers.start();
        }
        String dead = TaskStreams.deadLetterStream(ServiceType.CART_VERIFICATION);

        await().atMost(Duration.ofSeconds(20)).until(() -> streams.redis().xlen(dead) == 1
                && streams.pending(ServiceType.CART_VERIFICATION) == 0);

        Map<String, String> letter = streams.redis().xrange(dead, io.lettuce.core.Range.create("-", "+")).get(0).getBody();
        assertThat(letter).containsEntry(TaskStreams.FIELD_SOURCE_ENTRY_ID, entry)
                .containsEntry(TaskStreams.FIELD_DELIVERY_COUNT, "6");
        assertThat(letter.get(TaskStreams.FIELD_ERROR)).contains("max-deliveries 5");
        assertThat(count("task_id = 'crashing-1'")).isZero();
        assertThat(this.meters.get("decision.worker.dead.lettered").tag("reason", "MAX_DELIVERIES").counter().count()).isEqualTo(1);
    }

    private long count(String where) {
        Long n = this.jdbc.queryForObject("SELECT COUNT(*) FROM decision WHERE " + where, Long.class);
        return n == null ? 0 : n;
    }
}
