package com.decisionsuite.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The upstream ML systems whose judgements become decision tasks, by their wire name.
 *
 * <p>Adding a type is one constant here plus one policy class in the worker; stream names,
 * validation and routing all derive from this enum.
 */
public enum ServiceType {

    TRACKING("tracking"),
    PRODUCT_RECOGNITION("product-recognition"),
    ACTION_RECOGNITION("action-recognition"),
    CART_VERIFICATION("cart-verification");

    private static final Map<String, ServiceType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ServiceType::wireName, Function.identity()));

    private final String wireName;

    ServiceType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return this.wireName;
    }

    /** Resolves a wire name, empty when no such type exists. */
    public static Optional<ServiceType> find(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    @JsonCreator
    public static ServiceType fromWireName(String wireName) {
        return find(wireName).orElseThrow(() -> new InvalidFieldException("serviceType",
                "unknown service type '" + wireName + "'; known: " + BY_WIRE_NAME.keySet().stream().sorted().toList()));
    }

    @Override
    public String toString() {
        return this.wireName;
    }
}
