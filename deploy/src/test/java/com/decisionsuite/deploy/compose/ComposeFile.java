package com.decisionsuite.deploy.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.decisionsuite.deploy.apps.AppModule;
import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Yaml;
import com.decisionsuite.deploy.tree.CommandLine;
import com.decisionsuite.deploy.tree.SourceTree;
import com.decisionsuite.deploy.tree.Tools;

/** docker-compose.yml as {@code docker-compose config} validates and resolves it (anchors merged, paths absolute). */
final class ComposeFile {

    private static Map<String, Object> resolved;

    private ComposeFile() {
    }

    static CommandLine.Result validate(Path file) {
        Tools.require("docker-compose");
        return CommandLine.run(file.getParent(), "docker-compose", "-f", file.toString(), "config", "-q");
    }

    static synchronized Map<String, Object> resolved() {
        if (resolved == null) {
            Tools.require("docker-compose");
            resolved = Yaml.document(CommandLine.output(SourceTree.root(), "docker-compose", "-f", "docker-compose.yml", "config"));
        }
        return resolved;
    }

    static Map<String, Object> services() {
        return Fields.map(resolved(), "services");
    }

    static Map<String, Object> service(String name) {
        return Fields.map(services(), name);
    }

    /** The app a service builds from its module's Dockerfile. */
    static Optional<AppModule> app(Map<String, Object> service) {
        return Fields.string(service, "build", "dockerfile").flatMap(AppModule::ofDockerfile);
    }

    /** The container side of each published port, e.g. 8082 of {@code 127.0.0.1:8083:8082/tcp}. */
    static List<Integer> containerPorts(Map<String, Object> service) {
        return ((List<?>) service.getOrDefault("ports", List.of())).stream().map(String::valueOf)
                .map(port -> port.replaceAll("/.*", ""))
                .map(port -> Integer.valueOf(port.substring(port.lastIndexOf(':') + 1))).toList();
    }

    /** Bind mounts as host path to container path (named volumes left out). */
    static Map<String, String> bindMounts(Map<String, Object> service) {
        return ((List<?>) service.getOrDefault("volumes", List.of())).stream().map(String::valueOf)
                .filter(volume -> volume.startsWith("/")).map(volume -> volume.split(":"))
                .collect(java.util.stream.Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }
}
