package com.decisionsuite.bench.ceiling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.decisionsuite.model.TaskStreams;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;

/**
 * The machine's own ceiling for appending to a stream: pipelined raw {@code XADD} of entries shaped like the API's
 * (task JSON plus acceptance time) into a scratch stream that is deleted afterwards.
 */
public final class RedisCeiling {

    /** Same hash tag style as the task streams, so the figure holds on a cluster slot too. */
    static final String SCRATCH_STREAM = "decision-bench-ceiling:{scratch}";

    static final int PIPELINE = 1_000;

    private final StatefulRedisConnection<String, String> connection;

    public RedisCeiling(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    /** Appends for {@code duration}; returns entries per second. */
    public double measure(String taskJson, Duration duration) {
        RedisAsyncCommands<String, String> redis = this.connection.async();
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(TaskStreams.FIELD_TASK, taskJson);
        entry.put(TaskStreams.FIELD_ACCEPTED_AT, Long.toString(System.currentTimeMillis() * 1_000));
        long appended = 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        this.connection.setAutoFlushCommands(false);
        try {
            while (System.nanoTime() < end) {
                List<RedisFuture<String>> replies = new ArrayList<>(PIPELINE);
                for (int i = 0; i < PIPELINE; i++) {
                    replies.add(redis.xadd(SCRATCH_STREAM, entry));
                }
                this.connection.flushCommands();
                if (!LettuceFutures.awaitAll(30, TimeUnit.SECONDS, replies.toArray(new RedisFuture[0]))) {
                    throw new IllegalStateException("XADD pipeline did not complete in 30 s");
                }
                appended += PIPELINE;
            }
            return appended / ((System.nanoTime() - start) / 1e9);
        }
        finally {
            this.connection.setAutoFlushCommands(true);
            this.connection.sync().del(SCRATCH_STREAM);
        }
    }
}
