package com.decisionsuite.api.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

/**
 * Whether intake queued a task within the idempotency window, from its idempotency key. The key is per service
 * type, so all types are looked up in one pipelined round trip.
 */
@Component
class QueuedTasks {

    private final StringRedisTemplate redis;

    QueuedTasks(StringRedisTemplate redis) {
        this.redis = redis;
    }

    Optional<TaskStatusResponse> find(String taskId) {
        ServiceType[] types = ServiceType.values();
        List<Object> values = this.redis.executePipelined((RedisCallback<Object>) connection -> {
            for (ServiceType type : types) {
                connection.stringCommands().get(TaskStreams.idempotencyKey(type, taskId).getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        for (int i = 0; i < types.length; i++) {
            if (values.get(i) instanceof String acceptedAt) {
                return Optional.of(TaskStatusResponse.queued(taskId, types[i], fromMicros(acceptedAt)));
            }
        }
        return Optional.empty();
    }

    /** The key holds the acceptance time in epoch microseconds (see the enqueue script). */
    private static Instant fromMicros(String value) {
        try {
            long micros = Long.parseLong(value);
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }
}
