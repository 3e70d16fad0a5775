package com.decisionsuite.worker.stream;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.XTrimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessages;

import com.decisionsuite.model.TaskStreams;

/**
 * Measures a task stream and trims it. Trimming is approximate ({@code XTRIM MINID ~}) to the smaller of the
 * group's last-delivered id and its oldest pending id, so an entry that is unread or unacknowledged is never
 * trimmed. It also removes consumers that hold nothing and have been idle far longer than any live worker is.
 */
final class StreamTrimmer {

    private static final Duration CONSUMER_RETIREMENT = Duration.ofHours(1);

    /** Measures and trims; answers the stats, or null when the stream or group does not exist yet. */
    StreamProgress.Stats measureAndTrim(RedisCommands<String, String> redis, String stream) {
        Map<String, Object> group;
        try {
            group = group(redis.xinfoGroups(stream));
        }
        catch (RedisCommandExecutionException ex) {
            if (ex.getMessage() != null && ex.getMessage().contains("no such key")) {
                return null;
            }
            throw ex;
        }
        if (group == null) {
            return null;
        }
        Map<String, Object> info = pairs(redis.xinfoStream(stream));
        long length = asLong(info.get("length"));
        String lastDelivered = String.valueOf(group.get("last-delivered-id"));
        long pendingCount = asLong(group.get("pending"));
        Object lagValue = group.get("lag");
        long lag = lagValue != null ? asLong(lagValue)
                : lastDelivered.equals(String.valueOf(info.get("last-generated-id"))) ? 0 : length;
        String minId = lastDelivered;
        if (pendingCount > 0) {
            PendingMessages summary = redis.xpending(stream, TaskStreams.GROUP);
            if (summary.getCount() > 0 && summary.getMessageIds().getLower().getValue() != null) {
                minId = smaller(minId, summary.getMessageIds().getLower().getValue());
            }
        }
        if (!"0-0".equals(minId)) {
            redis.xtrim(stream, XTrimArgs.Builder.minId(minId).approximateTrimming());
        }
        retireIdleConsumers(redis, stream);
        return new StreamProgress.Stats(length, lag, pendingCount);
    }

    private static void retireIdleConsumers(RedisCommands<String, String> redis, String stream) {
        for (Object raw : redis.xinfoConsumers(stream, TaskStreams.GROUP)) {
            Map<String, Object> consumer = pairs((List<?>) raw);
            if (asLong(consumer.get("pending")) == 0 && asLong(consumer.get("idle")) > CONSUMER_RETIREMENT.toMillis()) {
                redis.xgroupDelconsumer(stream, Consumer.from(TaskStreams.GROUP, String.valueOf(consumer.get("name"))));
            }
        }
    }

    static String smaller(String a, String b) {
        return compareIds(a, b) <= 0 ? a : b;
    }

    static int compareIds(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int c = Long.compareUnsigned(Long.parseUnsignedLong(x[0]), Long.parseUnsignedLong(y[0]));
        return c != 0 ? c : Long.compareUnsigned(Long.parseUnsignedLong(x.length > 1 ? x[1] : "0"),
                Long.parseUnsignedLong(y.length > 1 ? y[1] : "0"));
    }

    private static Map<String, Object> group(List<Object> groups) {
        for (Object raw : groups) {
            Map<String, Object> group = pairs((List<?>) raw);
            if (TaskStreams.GROUP.equals(String.valueOf(group.get("name")))) {
                return group;
            }
        }
        return null;
    }

    private static Map<String, Object> pairs(List<?> flat) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            map.put(String.valueOf(flat.get(i)), flat.get(i + 1));
        }
        return map;
    }

    private static long asLong(Object value) {
        return value == null ? 0 : value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
    }
}
