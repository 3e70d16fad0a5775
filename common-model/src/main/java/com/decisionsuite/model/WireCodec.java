package com.decisionsuite.model;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for everything that crosses a process boundary through Redis. Reading is lenient about unknown
 * fields so a newer producer can roll out before an older consumer; the API is strict at its own door.
 */
public final class WireCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent schemaVersion means the current one; primitives with a required meaning are boxed
            // in their @JsonCreator instead (see Candidate).
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private WireCodec() {
    }

    /** The mapper behind this codec, for adapters that stream or tree-read JSON the same way. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Serializes a task for its stream entry, enforcing the serialized bound on {@code context}.
     *
     * @throws InvalidFieldException when the context exceeds {@link DecisionTask#MAX_CONTEXT_BYTES}
     */
    public static String writeTask(DecisionTask task) {
        String json = MAPPER.writeValueAsString(task);
        // The context is part of the task's JSON and no char takes more than three bytes in UTF-8, so a task this
        // short cannot hold an oversized context: only longer ones pay for serializing the context again to measure it.
        if (task.context() != null && (long) json.length() * 3 > DecisionTask.MAX_CONTEXT_BYTES) {
            int size = MAPPER.writeValueAsBytes(task.context()).length;
            if (size > DecisionTask.MAX_CONTEXT_BYTES) {
                throw new InvalidFieldException("context", "must be at most " + DecisionTask.MAX_CONTEXT_BYTES
                        + " bytes serialized, was " + size);
            }
        }
        return json;
    }

    /**
     * Reads a task from its stream entry.
     *
     * @throws InvalidFieldException when the JSON is malformed or breaks the contract
     */
    public static DecisionTask readTask(String json) {
        return read(json, DecisionTask.class);
    }

    /** Serializes any wire record. */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Reads any wire record.
     *
     * @throws InvalidFieldException when the JSON is malformed or breaks the contract
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        }
        catch (JacksonException ex) {
            Throwable cause = ex.getCause();
            while (cause != null) {
                if (cause instanceof InvalidFieldException invalid) {
                    throw invalid;
                }
                cause = cause.getCause();
            }
            throw new InvalidFieldException("json", ex.getOriginalMessage());
        }
    }
}
