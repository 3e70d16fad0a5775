package com.decisionsuite.observability.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

import com.decisionsuite.observability.tree.SourceTree;

/** What grafana/provisioning and the compose stack tell Grafana: its datasource and where dashboards are. */
final class Provisioning {

    private Provisioning() {
    }

    /** The uid of the provisioned Prometheus datasource, the one dashboards must name. */
    static String prometheusUid() {
        return SourceTree.files("grafana/provisioning/datasources", ".yml").stream()
                .flatMap(file -> list(yaml(file).get("datasources")).stream())
                .filter(source -> "prometheus".equals(source.get("type")))
                .map(source -> (String) source.get("uid"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Prometheus datasource in grafana/provisioning"));
    }

    /** The folders, inside the Grafana container, from which the file providers load dashboards. */
    static List<String> dashboardPaths() {
        return SourceTree.files("grafana/provisioning/dashboards", ".yml").stream()
                .flatMap(file -> list(yaml(file).get("providers")).stream())
                .map(provider -> (String) map(provider.get("options")).get("path"))
                .toList();
    }

    /** Where docker-compose.yml mounts a repository folder in the Grafana container, if it does. */
    static Optional<String> grafanaMountOf(String repositoryFolder) {
        Map<String, Object> grafana = map(map(yaml(SourceTree.resolve("docker-compose.yml")).get("services"))
                .get("grafana"));
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) grafana.get("volumes");
        return volumes.stream().map(volume -> volume.split(":"))
                .filter(parts -> parts.length >= 2 && Path.of(parts[0]).normalize().equals(Path.of(repositoryFolder)))
                .map(parts -> parts[1])
                .findFirst();
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            return map(new Yaml().load(Files.readString(file)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
