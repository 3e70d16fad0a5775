package com.decisionsuite.api.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A decision task as an upstream service submits it: the wire contract of {@link DecisionTask} with an optional
 * {@code taskId}. Validation happens in {@link #toTask}, so every violation carries the JSON path at fault.
 */
@Schema(name = "TaskSubmission", requiredProperties = { "serviceType", "storeId", "candidates", "occurredAt" })
record TaskSubmission(
        @Schema(description = "1-64 characters of [A-Za-z0-9._:-]; the API assigns a UUID when absent. "
                + "Repeats within the idempotency window are accepted but not queued again.", example = "cam7-2026-11-22T10:15:00Z-42")
        String taskId,
        ServiceType serviceType,
        @Schema(description = "Store id, 1-64 characters of [A-Za-z0-9._:-] starting with a letter or digit", example = "store-0042")
        String storeId,
        @Schema(description = "Shopper, cart or session the task is about", maxLength = 128)
        String subjectId,
        @Schema(description = "1..100 candidates") List<CandidateSubmission> candidates,
        @Schema(description = "Free-form JSON object, at most 16 KiB serialized") Map<String, Object> context,
        Instant occurredAt,
        @Schema(description = "After this instant the worker escalates instead of deciding automatically") Instant deadline,
        @Schema(description = "Wire schema version; absent means the current one", example = "1") Integer schemaVersion) {

    /**
     * Validates this submission into a task, assigning an id when the client sent none.
     *
     * @throws InvalidFieldException naming the path relative to the task, e.g. {@code candidates[3].confidence}
     */
    DecisionTask toTask(Supplier<String> idSupplier) {
        String id = this.taskId != null ? this.taskId : idSupplier.get();
        return new DecisionTask(id, this.serviceType, this.storeId, this.subjectId, validCandidates(), this.context,
                this.occurredAt, this.deadline, this.schemaVersion == null ? 0 : this.schemaVersion);
    }

    private List<Candidate> validCandidates() {
        if (this.candidates == null) {
            return null;
        }
        if (this.candidates.size() > DecisionTask.MAX_CANDIDATES) {
            // Checked before the items so that an oversized list is reported as such, not by its first bad item.
            throw new InvalidFieldException("candidates", "must hold at most " + DecisionTask.MAX_CANDIDATES
                    + " candidates, had " + this.candidates.size());
        }
        List<Candidate> result = new ArrayList<>(this.candidates.size());
        for (int i = 0; i < this.candidates.size(); i++) {
            result.add(candidate(i, this.candidates.get(i)));
        }
        return result;
    }

    private static Candidate candidate(int index, CandidateSubmission submitted) {
        String path = "candidates[" + index + "]";
        if (submitted == null) {
            throw new InvalidFieldException(path, "must not be null");
        }
        if (submitted.confidence() == null) {
            throw new InvalidFieldException(path + ".confidence", "is required");
        }
        try {
            return new Candidate(submitted.label(), submitted.confidence());
        }
        catch (InvalidFieldException ex) {
            throw new InvalidFieldException(path + "." + ex.field(), ex.reason());
        }
    }
}
