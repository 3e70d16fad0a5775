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
     * Enqueues tasks of one service type, each with its serialized form.
     *
     * @return per task, in order: true when appended, false when its id was already taken (a duplicate)
     */
    List<Boolean> enqueue(ServiceType type, List<ValidTask> tasks, long acceptedAtMicros, String traceparent) {
        List<String> keys = new ArrayList<>(tasks.size() + 1);
        List<String> args = new ArrayList<>(3 + tasks.size() * 7);
        keys.add(TaskStreams.taskStream(type));
        String acceptedAt = Long.toString(acceptedAtMicros);
        args.add(this.windowSeconds);
        args.add(acceptedAt);
        args.add(TaskStreams.GROUP);
        for (ValidTask task : tasks) {
            keys.add(TaskStreams.idempotencyKey(type, task.task().taskId()));
            List<String> fields = entryFields(task.json(), acceptedAt, traceparent);
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
}
