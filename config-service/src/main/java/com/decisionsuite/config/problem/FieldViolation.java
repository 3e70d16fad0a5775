package com.decisionsuite.config.problem;

/**
 * One invalid field of a request, as reported in a problem's {@code errors} list.
 *
 * @param field the field path as the client sent it, e.g. {@code storeIds[2]}
 */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        if (field == null || message == null) {
            throw new IllegalArgumentException("field and message are required");
        }
    }
}
