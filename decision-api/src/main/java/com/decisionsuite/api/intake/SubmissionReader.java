package com.decisionsuite.api.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import com.decisionsuite.api.web.JsonFieldPaths;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;

/**
 * Reads request bodies strictly, whatever the application-wide mapper tolerates: unknown or duplicate fields,
 * strings for numbers, fractions for integers and trailing garbage are all rejected, naming the JSON path.
 */
@Component
class SubmissionReader {

    static final String BODY = "body";

    private final ObjectReader taskReader;

    private final ObjectReader batchReader;

    SubmissionReader(JsonMapper jsonMapper) {
        JsonMapper strict = jsonMapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Ids are strings: a number or boolean where text belongs is a client bug, not something to convert.
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        this.taskReader = strict.readerFor(TaskSubmission.class);
        this.batchReader = strict.readerFor(BatchSubmission.class);
    }

    /** Reads the body of a single-task POST. */
    TaskSubmission readTask(byte[] body) {
        try {
            TaskSubmission submission = this.taskReader.readValue(body);
            if (submission == null) {
                throw new TaskRejectedException(TaskRejectedException.INVALID_TASK, BODY, "must be a JSON object");
            }
            return submission;
        }
        catch (JacksonException ex) {
            throw rejection(ex, "", TaskRejectedException.INVALID_TASK);
        }
    }

    /** Reads one item of a batch, already parsed; {@code path} is where the item sits, e.g. {@code tasks[3]}. */
    TaskSubmission readTask(JsonNode item, String path) {
        if (item == null || !item.isObject()) {
            throw new TaskRejectedException(TaskRejectedException.INVALID_TASK, path, "must be a JSON object");
        }
        try {
            return this.taskReader.readValue(item);
        }
        catch (JacksonException ex) {
            throw rejection(ex, path, TaskRejectedException.INVALID_TASK);
        }
    }

    /** Reads a batch envelope, leaving its items as trees so that each can fail on its own. */
    List<JsonNode> readBatch(byte[] body) {
        BatchSubmission batch;
        try {
            batch = this.batchReader.readValue(body);
        }
        catch (JacksonException ex) {
            throw rejection(ex, "", TaskRejectedException.INVALID_BATCH);
        }
        if (batch == null || batch.tasks() == null) {
            throw new TaskRejectedException(TaskRejectedException.INVALID_BATCH, "tasks", "is required");
        }
        int size = batch.tasks().size();
        if (size < 1 || size > BatchSubmission.MAX_TASKS) {
            throw new TaskRejectedException(TaskRejectedException.INVALID_BATCH, "tasks",
                    "must hold 1.." + BatchSubmission.MAX_TASKS + " tasks, had " + size);
        }
        return batch.tasks();
    }

    /** Maps a failed read to a rejection; {@code slug} applies unless the JSON is not even well-formed. */
    static TaskRejectedException rejection(JacksonException ex, String prefix, String slug) {
        String path = JsonFieldPaths.join(prefix, JsonFieldPaths.of(ex));
        if (ex instanceof StreamReadException && !(ex instanceof InputCoercionException)) {
            return new TaskRejectedException(TaskRejectedException.MALFORMED_JSON, orBody(path),
                    "is not well-formed JSON: " + JsonFieldPaths.syntaxError(ex));
        }
        InvalidFieldException invalid = invalidField(ex);
        if (invalid != null) {
            String field = path.equals(invalid.field()) || path.endsWith("." + invalid.field()) ? path : JsonFieldPaths.join(path, invalid.field());
            return new TaskRejectedException(slug, field, invalid.reason());
        }
        String detail;
        if (ex instanceof UnrecognizedPropertyException) {
            detail = "is not a known field";
        }
        else if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            detail = "must be " + describe(mismatch.getTargetType());
        }
        else if (ex instanceof InputCoercionException) {
            detail = "is out of range";
        }
        else {
            detail = ex.getOriginalMessage();
        }
        return new TaskRejectedException(slug, orBody(path), detail);
    }

    private static String orBody(String path) {
        return path.isEmpty() ? BODY : path;
    }

    private static InvalidFieldException invalidField(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFieldException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-22T10:15:30Z";
        }
        if (type == ServiceType.class) {
            return "a service type name";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a JSON object" : "of type " + type.getSimpleName();
    }
}
