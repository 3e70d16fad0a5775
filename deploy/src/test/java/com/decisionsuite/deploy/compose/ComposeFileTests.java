package com.decisionsuite.deploy.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionsuite.deploy.apps.AppModule;
import com.decisionsuite.deploy.apps.AppProperties;
import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.tree.CommandLine;
import com.decisionsuite.deploy.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeFileTests {

    @Test
    void validatesWithDockerCompose() {
        CommandLine.Result result = ComposeFile.validate(SourceTree.resolve("docker-compose.yml"));

        assertThat(result.succeeded()).as(result.describe()).isTrue();
    }

    @Test
    void rejectsACopyWithAnUnknownKeyOrAMissingDependency() throws IOException {
        String compose = Files.readString(SourceTree.resolve("docker-compose.yml"));
        Path unknownKey = write("compose-unknown-key", compose.replaceFirst("stop_grace_period:", "stop_grace_periods:"));
        Path missingDependency = write("compose-missing-dependency", compose.replaceFirst("(?m)^  redis:$", "  valkey:"));

        assertThat(ComposeFile.validate(unknownKey).succeeded()).isFalse();
        assertThat(ComposeFile.validate(missingDependency).succeeded()).isFalse();
    }

    @Test
    void runsRedisWithAppendOnlyFileMysql84TheServicesTwoWorkersPrometheusAndGrafana() {
        assertThat(ComposeFile.services().keySet()).containsExactlyInAnyOrder("redis", "mysql", "config-service",
                "decision-api", "decision-worker-1", "decision-worker-2", "prometheus", "grafana");
        assertThat(Fields.string(ComposeFile.service("redis"), "image")).hasValueSatisfying(image -> assertThat(image).startsWith("redis:7"));
        assertThat(String.valueOf(ComposeFile.service("redis").get("command"))).contains("--appendonly, yes");
        assertThat(Fields.string(ComposeFile.service("mysql"), "image")).hasValue("mysql:8.4");
        assertThat(ComposeFile.services().values()).filteredOn(service -> ComposeFile.app(asMap(service)).isPresent())
                .map(service -> ComposeFile.app(asMap(service)).orElseThrow())
                .containsExactlyInAnyOrder(AppModule.CONFIG_SERVICE, AppModule.DECISION_API, AppModule.DECISION_WORKER,
                        AppModule.DECISION_WORKER);
    }

    @Test
    void startsEveryServiceOnlyOnceItsDependenciesAreHealthy() {
        ComposeFile.services().forEach((name, service) -> Fields.map(asMap(service), "depends_on").forEach((dependency, how) -> {
            assertThat(Fields.string(asMap(how), "condition")).as(name + " -> " + dependency).hasValue("service_healthy");
            assertThat(ComposeFile.service(dependency)).as(dependency + " health check").containsKey("healthcheck");
        }));
        assertThat(Fields.map(ComposeFile.service("decision-api"), "depends_on")).containsKey("config-service");
    }

    @Test
    void wiresEveryAppServiceToPropertiesAndPortsTheAppHas() {
        ComposeFile.services().forEach((name, raw) -> ComposeFile.app(asMap(raw)).ifPresent(app -> {
            Map<String, Object> service = asMap(raw);
            AppProperties properties = AppProperties.of(app);
            Map<String, Object> environment = Fields.map(service, "environment");
            assertThat(environment.keySet()).as(name + " environment")
                    .allSatisfy(variable -> assertThat(properties.binds(variable)).as(variable).isTrue());
            assertThat(environment.get("SERVER_PORT")).as(name + " SERVER_PORT").isEqualTo(String.valueOf(properties.serverPort()));
            assertThat(ComposeFile.containerPorts(service)).as(name + " ports").containsExactly(properties.serverPort());
            assertThat(Fields.string(service, "healthcheck", "test")).as(name + " health check").hasValueSatisfying(test ->
                    assertThat(test).contains("http://localhost:" + properties.managementPort() + "/actuator/health/readiness"));
        }));
    }

    @Test
    void letsWorkersDrainUnderDistinctConsumerNames() {
        List<Map<String, Object>> workers = List.of(ComposeFile.service("decision-worker-1"), ComposeFile.service("decision-worker-2"));

        assertThat(workers).allSatisfy(worker -> assertThat(Fields.string(worker, "stop_grace_period")).hasValue("60s"));
        assertThat(workers.stream().map(worker -> Fields.string(worker, "environment", "DECISION_WORKER_CONSUMER_NAME").orElseThrow()))
                .doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void mountsPrometheusConfigurationAndGrafanaProvisioningFromTheRepository() {
        assertThat(ComposeFile.bindMounts(ComposeFile.service("prometheus")))
                .containsEntry(SourceTree.resolve("prometheus").toString(), "/etc/prometheus");
        assertThat(ComposeFile.bindMounts(ComposeFile.service("grafana")))
                .containsEntry(SourceTree.resolve("grafana/provisioning").toString(), "/etc/grafana/provisioning")
                .containsEntry(SourceTree.resolve("grafana/dashboards").toString(), "/var/lib/grafana/dashboards");
        assertThat(SourceTree.resolve("prometheus/prometheus.yml")).isRegularFile();
        assertThat(SourceTree.resolve("grafana/provisioning/datasources")).isDirectory();
        assertThat(SourceTree.resolve("grafana/provisioning/dashboards")).isDirectory();
    }

    private static Path write(String name, String compose) throws IOException {
        Path file = SourceTree.workDirectory(name).resolve("docker-compose.yml");
        Files.writeString(file, compose);
        return file;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
