package com.decisionsuite.api.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

import com.decisionsuite.api.intake.BatchResult.AcceptedItem;
import com.decisionsuite.api.intake.BatchResult.RejectedItem;
import com.decisionsuite.api.intake.TaskQueue.ValidTask;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.WireCodec;

/**
 * Validates submitted tasks and queues the valid ones: one script run for a single task, one per service type
 * for a batch. Nothing is answered as accepted unless Redis confirmed the write (or that it already had it).
 */
@Service
class TaskIntake {

    private final SubmissionReader reader;

    private final TaskQueue queue;

    private final IntakeMetrics metrics;

    TaskIntake(SubmissionReader reader, TaskQueue queue, IntakeMetrics metrics) {
        this.reader = reader;
        this.queue = queue;
        this.metrics = metrics;
    }

    TaskAccepted submit(byte[] body, String traceparent) {
        TaskSubmission submission;
        try {
            submission = this.reader.readTask(body);
        }
        catch (TaskRejectedException ex) {
            this.metrics.rejected(null);
            throw ex;
        }
        ValidTask task = validate(submission, 0, "");
        ServiceType type = task.task().serviceType();
        boolean appended = this.queue.enqueue(type, List.of(task), nowMicros(), traceparent).get(0);
        this.metrics.enqueued(type, appended);
        return new TaskAccepted(task.task().taskId());
    }

    BatchResult submitBatch(byte[] body, String traceparent) {
        List<JsonNode> items = this.reader.readBatch(body);
        Map<ServiceType, List<ValidTask>> byType = new EnumMap<>(ServiceType.class);
        List<RejectedItem> rejected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "tasks[" + i + "]";
            try {
                TaskSubmission submission = readItem(item, path);
                ValidTask task = validate(submission, i, path);
                byType.computeIfAbsent(task.task().serviceType(), t -> new ArrayList<>()).add(task);
            }
            catch (TaskRejectedException ex) {
                rejected.add(RejectedItem.of(i, textField(item, "taskId"), ex));
            }
        }
        long acceptedAt = nowMicros();
        List<AcceptedItem> accepted = new ArrayList<>(items.size() - rejected.size());
        for (Map.Entry<ServiceType, List<ValidTask>> group : byType.entrySet()) {
            List<ValidTask> tasks = group.getValue();
            List<Boolean> appended = this.queue.enqueue(group.getKey(), tasks, acceptedAt, traceparent);
            for (int k = 0; k < tasks.size(); k++) {
                this.metrics.enqueued(group.getKey(), appended.get(k));
                accepted.add(new AcceptedItem(tasks.get(k).index(), tasks.get(k).task().taskId()));
            }
        }
        if (accepted.isEmpty()) {
            throw new BatchRejectedException(rejected);
        }
        accepted.sort(Comparator.comparingInt(AcceptedItem::index));
        return new BatchResult(accepted, rejected);
    }

    private TaskSubmission readItem(JsonNode item, String path) {
        try {
            return this.reader.readTask(item, path);
        }
        catch (TaskRejectedException ex) {
            this.metrics.rejected(ServiceType.find(textField(item, "serviceType")).orElse(null));
            throw ex;
        }
    }

    /** Validates and serializes one task; {@code path} prefixes field names, empty for a single POST. */
    private ValidTask validate(TaskSubmission submission, int index, String path) {
        try {
            DecisionTask task = submission.toTask(() -> UUID.randomUUID().toString());
            return new ValidTask(index, task, WireCodec.writeTask(task));
        }
        catch (InvalidFieldException ex) {
            this.metrics.rejected(submission.serviceType());
            String field = path.isEmpty() ? ex.field() : path + "." + ex.field();
            throw new TaskRejectedException(TaskRejectedException.INVALID_TASK, field, ex.reason());
        }
    }

    private static String textField(JsonNode item, String name) {
        JsonNode value = item == null ? null : item.get(name);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
