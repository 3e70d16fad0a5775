package com.decisionsuite.deploy.manifest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One Kubernetes (or KEDA) object as rendered, with navigation by field path. */
public record Manifest(Map<String, Object> content) {

    public Manifest {
        Objects.requireNonNull(content, "content");
    }

    public String apiVersion() {
        return string("apiVersion").orElse("");
    }

    public String kind() {
        return string("kind").orElse("");
    }

    public String name() {
        return string("metadata", "name").orElse("");
    }

    /** kind/name, how kubectl names an object. */
    public String id() {
        return kind() + "/" + name();
    }

    public boolean is(String kind) {
        return kind().equals(kind);
    }

    /** The value at a path of map keys, empty when any step is missing. */
    public Optional<Object> at(String... path) {
        return Fields.at(this.content, path);
    }

    public Optional<String> string(String... path) {
        return at(path).map(String::valueOf);
    }

    public Map<String, Object> map(String... path) {
        return Fields.map(this.content, path);
    }

    public List<Map<String, Object>> maps(String... path) {
        return Fields.maps(this.content, path);
    }

    /** The pod template's spec of a Deployment or StatefulSet. */
    public Map<String, Object> podSpec() {
        return map("spec", "template", "spec");
    }

    public Map<String, Object> podLabels() {
        return map("spec", "template", "metadata", "labels");
    }

    public Map<String, Object> podAnnotations() {
        return map("spec", "template", "metadata", "annotations");
    }

    /** A mutable deep copy. */
    public Manifest copy() {
        return new Manifest(Fields.copy(this.content));
    }

    public List<Map<String, Object>> containers() {
        return maps("spec", "template", "spec", "containers");
    }
}
