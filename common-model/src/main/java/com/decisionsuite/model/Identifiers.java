package com.decisionsuite.model;

import java.util.regex.Pattern;

/**
 * The identifier grammar shared by task, store and subject ids; kept narrow because ids end up in
 * Redis keys, metric labels and URLs.
 */
public final class Identifiers {

    /** 1-64 chars of {@code [A-Za-z0-9._:-]}. */
    public static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /**
     * Like a task id but starting with a letter or digit, so reserved names such as {@code _defaults}
     * can never collide with a real store.
     */
    public static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    /** Name of the service-type default scope in config storage and URLs. */
    public static final String DEFAULTS_SCOPE = "_defaults";

    private Identifiers() {
    }

    static String require(String field, String value, Pattern pattern, String grammar) {
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        if (!pattern.matcher(value).matches()) {
            throw new InvalidFieldException(field, "must be " + grammar);
        }
        return value;
    }

    /** Validates a store id, throwing {@link InvalidFieldException} naming {@code field}. */
    public static String requireStoreId(String field, String value) {
        return require(field, value, STORE_ID, "1-64 characters of [A-Za-z0-9._:-], starting with a letter or digit");
    }

    /** Validates a task id, throwing {@link InvalidFieldException} naming {@code field}. */
    public static String requireTaskId(String field, String value) {
        return require(field, value, TASK_ID, "1-64 characters of [A-Za-z0-9._:-]");
    }
}
