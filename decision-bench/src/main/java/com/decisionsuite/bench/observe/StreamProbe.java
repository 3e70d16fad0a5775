package com.decisionsuite.bench.observe;

import java.util.List;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * Reads the consumer group's lag and pending count on every task stream ({@code XINFO GROUPS}), the figure KEDA
 * scales on. Observation only.
 */
public final class StreamProbe {

    private final RedisCommands<String, String> redis;

    public StreamProbe(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    public QueueState read() {
        Long lag = 0L;
        long pending = 0;
        long length = 0;
        for (ServiceType type : ServiceType.values()) {
            String stream = TaskStreams.taskStream(type);
            if (this.redis.exists(stream) == 0) {
                continue;
            }
            length += this.redis.xlen(stream);
            GroupInfo group = group(this.redis.xinfoGroups(stream));
            if (group == null) {
                lag = null;
                continue;
            }
            pending += group.pending();
            lag = lag == null || group.lag() == null ? null : lag + group.lag();
        }
        return new QueueState(lag, pending, length);
    }

    /** One group's figures from the raw {@code XINFO GROUPS} reply. */
    record GroupInfo(long pending, Long lag) {
    }

    static GroupInfo group(List<Object> reply) {
        for (Object group : reply) {
            if (!(group instanceof List<?> fields)) {
                continue;
            }
            String name = null;
            long pending = 0;
            Long lag = null;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                String key = String.valueOf(fields.get(i));
                Object value = fields.get(i + 1);
                switch (key) {
                    case "name" -> name = String.valueOf(value);
                    case "pending" -> pending = ((Number) value).longValue();
                    case "lag" -> lag = value instanceof Number number ? number.longValue() : null;
                    default -> {
                    }
                }
            }
            if (TaskStreams.GROUP.equals(name)) {
                return new GroupInfo(pending, lag);
            }
        }
        return null;
    }
}
