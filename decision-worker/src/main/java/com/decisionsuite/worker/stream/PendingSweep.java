package com.decisionsuite.worker.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

/**
 * Takes over entries that have been pending with some consumer longer than {@code reclaim-idle} (a worker that
 * died or hangs): XAUTOCLAIM page by page, then XPENDING for their delivery counts.
 */
final class PendingSweep {

    private final StreamProperties properties;

    PendingSweep(StreamProperties properties) {
        this.properties = properties;
    }

    /** Claims one page starting at {@code cursor}; the page's next cursor is "0-0" at the end of the list. */
    Page claim(RedisCommands<String, String> redis, ServiceType type, String cursor) {
        String stream = TaskStreams.taskStream(type);
        Consumer<String> me = Consumer.from(TaskStreams.GROUP, this.properties.consumerName());
        ClaimedMessages<String, String> claimed = redis.xautoclaim(stream, new XAutoClaimArgs<String>()
                .consumer(me).minIdleTime(this.properties.reclaimIdle()).startId(cursor)
                .count(this.properties.batchSize()));
        List<StreamMessage<String, String>> messages = claimed.getMessages().stream()
                .filter(m -> m.getBody() != null).toList();
        if (messages.isEmpty()) {
            return new Page(List.of(), claimed.getId());
        }
        Map<String, Long> counts = new HashMap<>();
        List<PendingMessage> pending = redis.xpending(stream, me,
                Range.create(messages.get(0).getId(), messages.get(messages.size() - 1).getId()),
                Limit.from(messages.size() * 2L + 16));
        pending.forEach(p -> counts.put(p.getId(), p.getRedeliveryCount()));
        List<StreamEntry> entries = new ArrayList<>(messages.size());
        for (StreamMessage<String, String> m : messages) {
            // A count missing here means someone acked it meanwhile: the handler's ack is then a no-op.
            long count = Math.max(1, counts.getOrDefault(m.getId(), 1L));
            entries.add(new StreamEntry(type, stream, m.getId(), m.getBody(), count));
        }
        return new Page(entries, claimed.getId());
    }

    record Page(List<StreamEntry> entries, String nextCursor) {

        boolean last() {
            return "0-0".equals(this.nextCursor);
        }
    }
}
