package com.decisionsuite.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an effective configuration is the store's own or its service type's default.
 */
public enum ConfigSource {
    STORE("store"),
    DEFAULT("default");

    private final String wireName;

    ConfigSource(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return this.wireName;
    }
}
