package com.decisionsuite.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A judgement of an upstream ML system waiting to be decided automatically or by a human.
 *
 * <p>The 16 KiB bound on {@code context} is a bound on its serialized form, so {@link WireCodec}
 * enforces it where the bytes exist rather than here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionTask(
        String taskId,
        ServiceType serviceType,
        String storeId,
        String subjectId,
        List<Candidate> candidates,
        Map<String, Object> context,
        Instant occurredAt,
        Instant deadline,
        int schemaVersion) {

    public static final int CURRENT_SCHEMA_VERSION = 1;
    public static final int MAX_CANDIDATES = 100;
    public static final int MAX_CONTEXT_BYTES = 16 * 1024;
    public static final int MAX_SUBJECT_ID_LENGTH = 128;

    public DecisionTask {
        Identifiers.requireTaskId("taskId", taskId);
        if (serviceType == null) {
            throw new InvalidFieldException("serviceType", "is required");
        }
        Identifiers.requireStoreId("storeId", storeId);
        if (subjectId != null && (subjectId.isBlank() || subjectId.length() > MAX_SUBJECT_ID_LENGTH)) {
            throw new InvalidFieldException("subjectId", "must be 1-" + MAX_SUBJECT_ID_LENGTH + " characters when present");
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new InvalidFieldException("candidates", "must hold at least one candidate");
        }
        if (candidates.size() > MAX_CANDIDATES) {
            throw new InvalidFieldException("candidates", "must hold at most " + MAX_CANDIDATES + " candidates, had " + candidates.size());
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) == null) {
                throw new InvalidFieldException("candidates[" + i + "]", "must not be null");
            }
        }
        candidates = List.copyOf(candidates);
        context = context == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(context));
        if (occurredAt == null) {
            throw new InvalidFieldException("occurredAt", "is required");
        }
        if (schemaVersion == 0) {
            schemaVersion = CURRENT_SCHEMA_VERSION;
        }
        if (schemaVersion < 1 || schemaVersion > CURRENT_SCHEMA_VERSION) {
            throw new InvalidFieldException("schemaVersion", "unsupported version " + schemaVersion + "; this suite speaks 1.." + CURRENT_SCHEMA_VERSION);
        }
    }

    /** The highest-confidence candidate first; ties keep the sender's order. */
    public List<Candidate> rankedCandidates() {
        return this.candidates.stream()
                .sorted((a, b) -> Double.compare(b.confidence(), a.confidence()))
                .toList();
    }
}
