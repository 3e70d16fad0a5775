package com.decisionsuite.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One labelled judgement of an upstream model; for cart verification a receipt line (label = SKU).
 */
public record Candidate(String label, double confidence) {

    public static final int MAX_LABEL_LENGTH = 128;

    public Candidate {
        if (label == null || label.isBlank()) {
            throw new InvalidFieldException("label", "is required");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new InvalidFieldException("label", "must be at most " + MAX_LABEL_LENGTH + " characters");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new InvalidFieldException("confidence", "must be within [0, 1], was " + confidence);
        }
    }

    // Boxed on the wire so that a missing confidence is an error instead of a silent 0.0.
    @JsonCreator
    static Candidate fromJson(@JsonProperty("label") String label, @JsonProperty("confidence") Double confidence) {
        if (confidence == null) {
            throw new InvalidFieldException("confidence", "is required");
        }
        return new Candidate(label, confidence);
    }
}
