package com.decisionsuite.worker.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.sync.RedisCommands;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

/**
 * Reads new entries of this worker's streams in one XREADGROUP and keeps the consumer group in existence:
 * created from the start of the stream when missing, re-created on NOGROUP (Redis restarted empty).
 */
final class GroupReads {

    private final StreamProperties properties;

    private final Map<String, ServiceType> typeByStream;

    @SuppressWarnings("unchecked")
    private final StreamOffset<String>[] offsets;

    @SuppressWarnings("unchecked")
    GroupReads(StreamProperties properties) {
        this.properties = properties;
        this.typeByStream = new java.util.LinkedHashMap<>();
        properties.serviceTypes().forEach(type -> this.typeByStream.put(TaskStreams.taskStream(type), type));
        this.offsets = this.typeByStream.keySet().stream().map(StreamOffset::lastConsumed).toArray(StreamOffset[]::new);
    }

    /** Ensures the group on every stream; idempotent. */
    void ensureGroups(RedisCommands<String, String> redis) {
        for (String stream : this.typeByStream.keySet()) {
            try {
                redis.xgroupCreate(StreamOffset.from(stream, "0-0"), TaskStreams.GROUP, XGroupCreateArgs.Builder.mkstream());
            }
            catch (RedisCommandExecutionException ex) {
                if (ex.getMessage() == null || !ex.getMessage().startsWith("BUSYGROUP")) {
                    throw ex;
                }
            }
        }
    }

    /** New entries for this consumer, up to the batch size per stream, waiting at most the block time. */
    List<StreamEntry> read(RedisCommands<String, String> redis) {
        List<StreamMessage<String, String>> messages;
        try {
            messages = redis.xreadgroup(Consumer.from(TaskStreams.GROUP, this.properties.consumerName()),
                    XReadArgs.Builder.count(this.properties.batchSize()).block(this.properties.block()), this.offsets);
        }
        catch (RedisCommandExecutionException ex) {
            if (!isNoGroup(ex)) {
                throw ex;
            }
            ensureGroups(redis);
            return List.of();
        }
        List<StreamEntry> entries = new ArrayList<>(messages.size());
        for (StreamMessage<String, String> message : messages) {
            entries.add(new StreamEntry(this.typeByStream.get(message.getStream()), message.getStream(),
                    message.getId(), message.getBody() == null ? Map.of() : message.getBody(), 1));
        }
        return entries;
    }

    static boolean isNoGroup(RuntimeException ex) {
        return ex.getMessage() != null && ex.getMessage().startsWith("NOGROUP");
    }

    Map<String, ServiceType> typeByStream() {
        return this.typeByStream;
    }
}
