package com.decisionsuite.observability.export;

import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Writes to the suite's task streams what intake never would, to make the worker dead-letter and reclaim: an
 * unreadable entry, and an entry held by a consumer that vanished. Works on the test's own Redis database only; the
 * key names are common-model's TaskStreams', written out because this module builds without the others.
 */
final class TaskStreamEntries implements AutoCloseable {

    private static final String GROUP = "decision-workers";

    private final RedisClient client;

    private final StatefulRedisConnection<String, String> connection;

    TaskStreamEntries(int database) {
        this.client = RedisClient.create(RedisURI.builder().withHost("127.0.0.1").withPort(6379)
                .withDatabase(database).build());
        this.connection = this.client.connect();
    }

    static String stream(String serviceType) {
        return "decision-tasks:{" + serviceType + "}";
    }

    /** Empties the test's Redis database, before the apps start on it. */
    void clear() {
        this.connection.sync().flushdb();
    }

    void appendUnreadable(String serviceType) {
        this.connection.sync().xadd(stream(serviceType), entry());
    }

    /**
     * Appends an unreadable entry and delivers it to a consumer that will never acknowledge it, in one transaction,
     * so that no worker reads it first: only the worker's reclaim sweep can take it over.
     */
    @SuppressWarnings("unchecked") // Lettuce's xreadgroup takes generic varargs without @SafeVarargs
    void appendHeldByVanishedConsumer(String serviceType) {
        RedisCommands<String, String> redis = this.connection.sync();
        redis.multi();
        redis.xadd(stream(serviceType), entry());
        redis.xreadgroup(Consumer.from(GROUP, "observability-vanished"), XReadArgs.Builder.count(1),
                XReadArgs.StreamOffset.lastConsumed(stream(serviceType)));
        if (redis.exec().wasDiscarded()) {
            throw new IllegalStateException("the transaction holding an entry for a vanished consumer was discarded");
        }
    }

    long deadLetters(String serviceType) {
        return this.connection.sync().xlen("decision-tasks-dead:{" + serviceType + "}");
    }

    /** Entries of the results stream the worker's relay publishes to. */
    long results() {
        return this.connection.sync().xlen("decision-results");
    }

    @Override
    public void close() {
        this.connection.close();
        this.client.shutdown();
    }

    private static Map<String, String> entry() {
        return Map.of("task", "{not json", "acceptedAt", Long.toString(System.currentTimeMillis() * 1000));
    }
}
