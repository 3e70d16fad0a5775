package com.decisionsuite.config.history;

/**
 * One value that differs between a version and the one before it; {@code null} means absent.
 */
record FieldChange(String field, Object from, Object to) {
}
