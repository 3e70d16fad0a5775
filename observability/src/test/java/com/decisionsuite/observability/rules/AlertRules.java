package com.decisionsuite.observability.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import com.decisionsuite.observability.tree.SourceTree;

/** The rules of the rule files Prometheus loads: prometheus/rules/*.yml, as prometheus.yml's rule_files say. */
public final class AlertRules {

    private AlertRules() {
    }

    /** One alerting rule as written. */
    public record Rule(Path file, String group, String alert, String expr, String forDuration,
            Map<String, Object> labels, Map<String, Object> annotations) {

        public Rule {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        }
    }

    public static List<Path> files() {
        List<Path> files = new ArrayList<>(SourceTree.files("prometheus/rules", ".yml"));
        files.addAll(SourceTree.files("prometheus/rules", ".yaml"));
        return files;
    }

    /** Every rule of every rule file; recording rules come back with a null alert name. */
    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        for (Path file : files()) {
            for (Map<String, Object> group : maps(read(file), "groups")) {
                for (Map<String, Object> rule : maps(group, "rules")) {
                    rules.add(new Rule(file, (String) group.get("name"), (String) rule.get("alert"),
                            (String) rule.get("expr"), (String) rule.get("for"), map(rule.get("labels")),
                            map(rule.get("annotations"))));
                }
            }
        }
        return rules;
    }

    static Map<String, Object> read(Path file) {
        try {
            return map(new Yaml().load(Files.readString(file)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
