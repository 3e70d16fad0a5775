package com.decisionsuite.deploy.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Parses multi-document YAML into manifests. */
public final class Yaml {

    private Yaml() {
    }

    @SuppressWarnings("unchecked")
    public static List<Manifest> manifests(String text) {
        List<Manifest> manifests = new ArrayList<>();
        for (Object document : parser().loadAll(text)) {
            if (document instanceof Map<?, ?> map) {
                manifests.add(new Manifest((Map<String, Object>) map));
            }
        }
        return List.copyOf(manifests);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> document(String text) {
        Object document = parser().load(text);
        if (!(document instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("not a YAML mapping");
        }
        return (Map<String, Object>) document;
    }

    private static org.yaml.snakeyaml.Yaml parser() {
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
