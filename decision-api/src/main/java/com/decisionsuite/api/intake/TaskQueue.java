package com.decisionsuite.api.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;

/**
 * Appends tasks to their service type's stream, at most once per task id within the idempotency window. All tasks
 * of one call go through one script run, so a batch costs one round trip per service type, not one per task.
 */
@Component
class TaskQueue {

    // Held as text: a script backed by a classpath resource re-checks the resource's modification time (a jar
    // lookup) on every run.
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ENQUEUE = RedisScript.of(scriptText("scripts/enqueue-tasks.lua"), List.class);

    private final StringRedisTemplate redis;

    private final String windowSeconds;

    TaskQueue(StringRedisTemplate redis, IntakeProperties properties) {
        this.redis = redis;
        this.windowSeconds = Long.toString(properties.idempotencyWindow().toSeconds());
    }

    /**
     * Enqueues tasks of one service type, each with its serialized form, acceptance time and trace context.
     *
     * @return per task, in order: true when appended, false when its id was already taken (a duplicate)
     */
    List<Boolean> enqueue(ServiceType type, List<QueuedTask> tasks) {
        List<String> keys = new ArrayList<>(tasks.size() + 1);
        List<String> args = new ArrayList<>(2 + tasks.size() * 8);
        keys.add(TaskStreams.taskStream(type));
        args.add(this.windowSeconds);
        args.add(TaskStreams.GROUP);
        for (QueuedTask queued : tasks) {
            keys.add(TaskStreams.idempotencyKey(type, queued.task().task().taskId()));
            String acceptedAt = Long.toString(queued.acceptedAtMicros());
            List<String> fields = entryFields(queued.task().json(), acceptedAt, queued.traceparent());
            args.add(acceptedAt);
            args.add(Integer.toString(fields.size()));
            args.addAll(fields);
        }
        List<?> replies = this.redis.execute(ENQUEUE, keys, args.toArray());
        List<Boolean> appended = new ArrayList<>(tasks.size());
        for (Object reply : replies) {
            appended.add(((Number) reply).longValue() == 1L);
        }
        return appended;
    }

    /**
     * The one place where a stream entry is assembled: the task as accepted, when, and the trace context of the
     * request when there is one (the worker continues that trace).
     */
    static List<String> entryFields(String taskJson, String acceptedAtMicros, String traceparent) {
        if (traceparent == null) {
            return List.of(TaskStreams.FIELD_TASK, taskJson, TaskStreams.FIELD_ACCEPTED_AT, acceptedAtMicros);
        }
        return List.of(TaskStreams.FIELD_TASK, taskJson, TaskStreams.FIELD_ACCEPTED_AT, acceptedAtMicros,
                TaskStreams.FIELD_TRACEPARENT, traceparent);
    }

    private static String scriptText(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + path, ex);
        }
    }

    /** A task that passed validation, with its wire form. */
    record ValidTask(int index, DecisionTask task, String json) {
    }

    /** A valid task as it goes into the stream: when it was accepted, and the trace context to hand on (or null). */
    record QueuedTask(ValidTask task, long acceptedAtMicros, String traceparent) {
    }
}
