package com.decisionsuite.api.intake;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.WireCodec;

/**
 * Reads and resets what intake wrote to Redis (the test's own logical database), for assertions.
 */
public final class TaskStreamsProbe {

    private final StringRedisTemplate redis;

    public TaskStreamsProbe(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Removes every task stream and idempotency key, so each test starts from nothing queued. */
    public void reset() {
        for (ServiceType type : ServiceType.values()) {
            this.redis.delete(TaskStreams.taskStream(type));
        }
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor = this.redis.scan(ScanOptions.scanOptions().match("decision-task-id:*").count(1000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        if (!keys.isEmpty()) {
            this.redis.delete(keys);
        }
    }

    /** Every entry of every task stream. */
    public List<MapRecord<String, Object, Object>> entries() {
        List<MapRecord<String, Object, Object>> entries = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            List<MapRecord<String, Object, Object>> range = this.redis.opsForStream()
                    .range(TaskStreams.taskStream(type), Range.unbounded());
            if (range != null) {
                entries.addAll(range);
            }
        }
        return entries;
    }

    /** The task ids of all queued entries, one per entry (so duplicates would show). */
    public List<String> queuedTaskIds() {
        return entries().stream()
                .map(entry -> WireCodec.readTask((String) entry.getValue().get(TaskStreams.FIELD_TASK)).taskId())
                .toList();
    }

    public long totalLength() {
        long total = 0;
        for (ServiceType type : ServiceType.values()) {
            Long size = this.redis.opsForStream().size(TaskStreams.taskStream(type));
            total += size == null ? 0 : size;
        }
        return total;
    }

    public long idempotencyKeyCount() {
        long count = 0;
        try (Cursor<String> cursor = this.redis.scan(ScanOptions.scanOptions().match("decision-task-id:*").count(1000).build())) {
            while (cursor.hasNext()) {
                cursor.next();
                count++;
            }
        }
        return count;
    }

    public StreamInfo.XInfoGroups groups(ServiceType type) {
        return this.redis.opsForStream().groups(TaskStreams.taskStream(type));
    }
}
