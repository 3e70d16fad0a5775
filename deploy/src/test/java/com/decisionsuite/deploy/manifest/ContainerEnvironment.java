package com.decisionsuite.deploy.manifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a container gets from a rendered overlay: its {@code env} entries and every key of the
 * ConfigMaps and Secrets its {@code envFrom} names. Literal values are kept; values from references are empty.
 */
public final class ContainerEnvironment {

    private ContainerEnvironment() {
    }

    public static Map<String, Optional<String>> of(Map<String, Object> container, List<Manifest> rendered) {
        Map<String, Optional<String>> variables = new LinkedHashMap<>();
        for (Map<String, Object> source : Fields.maps(container, "envFrom")) {
            String prefix = Fields.string(source, "prefix").orElse("");
            sourceKeys(source, rendered).forEach((key, value) -> variables.put(prefix + key, value));
        }
        for (Map<String, Object> variable : Fields.maps(container, "env")) {
            variables.put(Fields.string(variable, "name").orElseThrow(), Fields.string(variable, "value"));
        }
        return variables;
    }

    private static Map<String, Optional<String>> sourceKeys(Map<String, Object> source, List<Manifest> rendered) {
        String kind = source.containsKey("configMapRef") ? "ConfigMap" : "Secret";
        String field = kind.equals("ConfigMap") ? "configMapRef" : "secretRef";
        String name = Fields.string(source, field, "name").orElseThrow();
        Manifest referenced = rendered.stream().filter(manifest -> manifest.is(kind) && manifest.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "envFrom names " + kind + " " + name + ", which the overlay does not contain"));
        Map<String, Optional<String>> keys = new LinkedHashMap<>();
        referenced.map("data").forEach((key, value) -> keys.put(key, Optional.of(String.valueOf(value))));
        referenced.map("stringData").forEach((key, value) -> keys.put(key, Optional.of(String.valueOf(value))));
        return keys;
    }

    /** The port a probe or Service names, resolved against the container's declared ports. */
    public static Optional<Integer> containerPort(Map<String, Object> container, Object port) {
        for (Map<String, Object> declared : Fields.maps(container, "ports")) {
            Object number = declared.get("containerPort");
            if (String.valueOf(port).equals(String.valueOf(declared.get("name"))) || String.valueOf(port).equals(String.valueOf(number))) {
                return Optional.of(((Number) number).intValue());
            }
        }
        return Optional.empty();
    }
}
