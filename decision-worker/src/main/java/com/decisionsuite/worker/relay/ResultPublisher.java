package com.decisionsuite.worker.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;

import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.WireCodec;

/**
 * Appends events to the capped results stream, pipelined, and fails unless every append succeeded.
 */
final class ResultPublisher {

    private final StatefulRedisConnection<String, String> redis;

    private final long maxLength;

    private final MeterRegistry meters;

    ResultPublisher(StatefulRedisConnection<String, String> redis, long maxLength, MeterRegistry meters) {
        this.redis = redis;
        this.maxLength = maxLength;
        this.meters = meters;
    }

    int publish(String source, List<RelayRow> rows) {
        List<RedisFuture<String>> appends = new ArrayList<>(rows.size());
        XAddArgs args = XAddArgs.Builder.maxlen(this.maxLength).approximateTrimming();
        for (RelayRow row : rows) {
            if (row.event() == null) {
                continue;
            }
            String event = WireCodec.write(row.event());
            appends.add(row.traceparent() == null
                    ? this.redis.async().xadd(TaskStreams.RESULTS_STREAM, args, TaskStreams.FIELD_EVENT, event)
                    : this.redis.async().xadd(TaskStreams.RESULTS_STREAM, args, TaskStreams.FIELD_EVENT, event,
                            TaskStreams.FIELD_TRACEPARENT, row.traceparent()));
        }
        for (RedisFuture<String> append : appends) {
            try {
                append.get(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while publishing results", ex);
            }
            catch (ExecutionException | TimeoutException ex) {
                throw new IllegalStateException("Publishing results failed", ex);
            }
        }
        this.meters.counter("decision.relay.published", "source", source).increment(appends.size());
        return appends.size();
    }
}
