package com.decisionsuite.worker.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.lettuce.core.Consumer;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.api.StatefulRedisConnection;

import com.decisionsuite.model.TaskStreams;

/**
 * The Redis side of finishing entries: acknowledging them after the commit, keeping entries in hand from being
 * reclaimed while a batch waits for MySQL, and moving entries to the dead-letter stream atomically.
 */
final class EntrySettlement {

    // Acknowledge and append in one step (both keys share the service type's hash tag); an entry that is no
    // longer pending was settled elsewhere and is not dead-lettered twice.
    private static final String DEAD_LETTER = """
            if redis.call('XACK', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
            redis.call('XADD', KEYS[2], '*', unpack(ARGV, 3))
            return 1""";

    private final StatefulRedisConnection<String, String> redis;

    private final String consumer;

    EntrySettlement(StatefulRedisConnection<String, String> redis, String consumer) {
        this.redis = redis;
        this.consumer = consumer;
    }

    /** XACK, one call per stream. */
    void ack(List<StreamEntry> entries) {
        byStream(entries).forEach((stream, ids) ->
                this.redis.sync().xack(stream, TaskStreams.GROUP, ids.toArray(String[]::new)));
    }

    /** Resets the idle time of entries this worker still holds, without counting a delivery (XCLAIM JUSTID). */
    void touch(List<StreamEntry> entries) {
        byStream(entries).forEach((stream, ids) -> this.redis.sync().xclaim(stream,
                Consumer.from(TaskStreams.GROUP, this.consumer), XClaimArgs.Builder.justid().minIdleTime(0),
                ids.toArray(String[]::new)));
    }

    /** Appends the entry with its error to the dead-letter stream and acknowledges it; false if already settled. */
    boolean deadLetter(StreamEntry entry, String error) {
        List<String> args = new ArrayList<>();
        args.add(TaskStreams.GROUP);
        args.add(entry.id());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(TaskStreams.FIELD_ERROR, error.length() > 1000 ? error.substring(0, 1000) : error);
        fields.put(TaskStreams.FIELD_SOURCE_ENTRY_ID, entry.id());
        fields.put(TaskStreams.FIELD_DELIVERY_COUNT, Long.toString(entry.deliveryCount()));
        entry.fields().forEach(fields::putIfAbsent);
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        Long appended = this.redis.sync().eval(DEAD_LETTER, ScriptOutputType.INTEGER,
                new String[] { entry.stream(), TaskStreams.deadLetterStream(entry.type()) }, args.toArray(String[]::new));
        return appended != null && appended == 1L;
    }

    private static Map<String, List<String>> byStream(List<StreamEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(StreamEntry::stream, LinkedHashMap::new,
                Collectors.mapping(StreamEntry::id, Collectors.toList())));
    }
}
