package com.decisionsuite.model;

/**
 * A wire value broke the contract; names the offending field so callers can report it precisely.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The field path as the client sent it, e.g. {@code candidates[2].confidence}. */
    public String field() {
        return this.field;
    }

    /** The reason without the field prefix. */
    public String reason() {
        return getMessage().substring(this.field.length() + 2);
    }
}
