package com.decisionsuite.bench.e2e;

import java.util.Map;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessages;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

/**
 * Logical database 4 of the shared Redis, the end-to-end share (see CONTRIBUTING.md).
 */
final class SuiteRedis implements AutoCloseable {

    static final int DATABASE = 4;

    private final RedisClient client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(6379)
            .withDatabase(DATABASE).build());

    private final StatefulRedisConnection<String, String> connection = this.client.connect();

    /** Empties this database only; other modules' tests use the other ones at the same time. */
    void flush() {
        redis().flushdb();
    }

    /** Entries of the type's stream delivered to some worker of the group and not acknowledged. */
    long pending(ServiceType type) {
        return redis().xpending(TaskStreams.taskStream(type), TaskStreams.GROUP).getCount();
    }

    /** Unacknowledged entries of the type's stream by consumer name. */
    Map<String, Long> pendingByConsumer(ServiceType type) {
        PendingMessages summary = redis().xpending(TaskStreams.taskStream(type), TaskStreams.GROUP);
        return summary.getConsumerMessageCount();
    }

    long deadLetters(ServiceType type) {
        return redis().xlen(TaskStreams.deadLetterStream(type));
    }

    private RedisCommands<String, String> redis() {
        return this.connection.sync();
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown();
    }
}
