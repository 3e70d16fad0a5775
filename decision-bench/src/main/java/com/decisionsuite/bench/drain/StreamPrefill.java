package com.decisionsuite.bench.drain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.decisionsuite.bench.measure.TaskLedger;
import com.decisionsuite.bench.workload.SimulatedTask;
import com.decisionsuite.bench.workload.WorkloadGenerator;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.WireCodec;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;

/**
 * Fills the task streams directly, with entries exactly as decision-api writes them (field {@code task}: the
 * task's wire JSON; {@code acceptedAt}: epoch microseconds), so the workers can be measured on their own.
 * Like the API's enqueue script, a stream that does not exist yet gets the consumer group from id 0.
 */
public final class StreamPrefill {

    static final int PIPELINE = 1_000;

    private final StatefulRedisConnection<String, String> connection;

    public StreamPrefill(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    /**
     * Appends tasks {@code firstSeq..firstSeq+count-1} of the run, counted as measured or as warm-up; returns entries
     * per second of the fill.
     */
    public double fill(WorkloadGenerator generator, String runTag, int firstSeq, int count, boolean measured,
            TaskLedger ledger) {
        int end = firstSeq + count;
        for (ServiceType type : ServiceType.values()) {
            ensureGroup(TaskStreams.taskStream(type));
        }
        RedisAsyncCommands<String, String> redis = this.connection.async();
        long start = System.nanoTime();
        this.connection.setAutoFlushCommands(false);
        try {
            for (int first = firstSeq; first < end; first += PIPELINE) {
                Instant now = Instant.now();
                String acceptedAt = Long.toString(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000);
                List<RedisFuture<String>> replies = new ArrayList<>(PIPELINE);
                for (int seq = first; seq < Math.min(end, first + PIPELINE); seq++) {
                    SimulatedTask simulated = generator.generate(runTag, seq, now);
                    ledger.planned(seq, System.nanoTime(), measured);
                    ledger.accepted(seq);
                    Map<String, String> entry = new LinkedHashMap<>(4);
                    entry.put(TaskStreams.FIELD_TASK, WireCodec.writeTask(simulated.task()));
                    entry.put(TaskStreams.FIELD_ACCEPTED_AT, acceptedAt);
                    replies.add(redis.xadd(TaskStreams.taskStream(simulated.task().serviceType()), entry));
                }
                this.connection.flushCommands();
                if (!LettuceFutures.awaitAll(30, TimeUnit.SECONDS, replies.toArray(new RedisFuture[0]))) {
                    throw new IllegalStateException("XADD pipeline did not complete in 30 s");
                }
            }
        }
        finally {
            this.connection.setAutoFlushCommands(true);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private void ensureGroup(String stream) {
        try {
            this.connection.sync().xgroupCreate(XReadArgs.StreamOffset.from(stream, "0"), TaskStreams.GROUP,
                    XGroupCreateArgs.Builder.mkstream());
        }
        catch (RedisBusyException ex) {
            // BUSYGROUP: the group exists, as it should once the suite has run.
        }
    }
}
