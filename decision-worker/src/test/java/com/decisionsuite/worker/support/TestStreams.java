package com.decisionsuite.worker.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.WireCodec;

/**
 * A test's own Redis connection (to the worker's logical database): appends tasks as decision-api does and
 * cleans the suite's keys of that database only.
 */
public final class TestStreams implements AutoCloseable {

    private final RedisClient client;

    private final StatefulRedisConnection<String, String> connection;

    public TestStreams(int port, int database) {
        this.client = RedisClient.create("redis://127.0.0.1:" + port + "/" + database);
        this.connection = this.client.connect();
    }

    public RedisCommands<String, String> redis() {
        return this.connection.sync();
    }

    /** Deletes every decision-suite key of this logical database (never FLUSHALL, never another database). */
    public void clean() {
        ScanIterator<String> keys = ScanIterator.scan(redis(), ScanArgs.Builder.matches("decision-*").limit(1000));
        while (keys.hasNext()) {
            redis().del(keys.next());
        }
    }

    public static DecisionTask task(String taskId, ServiceType type, String store, double... confidences) {
        return task(taskId, type, store, null, null, confidences);
    }

    public static DecisionTask task(String taskId, ServiceType type, String store, Map<String, Object> context,
            Instant deadline, double... confidences) {
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            candidates.add(new Candidate("label-" + i, confidences[i]));
        }
        return new DecisionTask(taskId, type, store, "subject-" + taskId, candidates, context,
                Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MICROS), deadline, 1);
    }

    /** XADD as decision-api does; answers the entry id. */
    public String add(DecisionTask task) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return redis().xadd(TaskStreams.taskStream(task.serviceType()), Map.of(TaskStreams.FIELD_TASK,
                WireCodec.writeTask(task), TaskStreams.FIELD_ACCEPTED_AT, Long.toString(micros)));
    }

    /** XADD of arbitrary fields, e.g. a poison entry. */
    public String addRaw(ServiceType type, Map<String, String> fields) {
        return redis().xadd(TaskStreams.taskStream(type), fields);
    }

    /** The fields of the first event on decision-results about this task, if one was published. */
    public Optional<Map<String, String>> result(String taskId) {
        return redis().xrange(TaskStreams.RESULTS_STREAM, Range.create("-", "+")).stream()
                .filter(m -> m.getBody().getOrDefault(TaskStreams.FIELD_EVENT, "").contains("\"" + taskId + "\""))
                .map(m -> m.getBody()).findFirst();
    }

    /** Unacknowledged entries of the group on a type's stream. */
    public long pending(ServiceType type) {
        try {
            return redis().xpending(TaskStreams.taskStream(type), TaskStreams.GROUP).getCount();
        }
        catch (RuntimeException ex) {
            return 0;
        }
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown();
    }
}
