package com.decisionsuite.deploy.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Navigation through the maps and lists YAML parses into. */
public final class Fields {

    private Fields() {
    }

    public static Optional<Object> at(Map<String, Object> root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    public static Optional<String> string(Map<String, Object> root, String... path) {
        return at(root, path).map(String::valueOf);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> root, String... path) {
        return at(root, path).filter(Map.class::isInstance).map(value -> (Map<String, Object>) value).orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> root, String... path) {
        return at(root, path).filter(List.class::isInstance).map(value -> (List<Object>) value).orElse(List.of())
                .stream().filter(Map.class::isInstance).map(value -> (Map<String, Object>) value).toList();
    }

    /** A mutable deep copy, for tests that break a rendered object on purpose. */
    @SuppressWarnings("unchecked")
    public static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, entry) -> copy.put(String.valueOf(key), copy(entry)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(entry -> copy.add(copy(entry)));
            return (T) copy;
        }
        return value;
    }
}
