package com.decisionsuite.deploy.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionsuite.deploy.apps.AppProperties;
import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Yaml;
import com.decisionsuite.deploy.tree.CommandLine;
import com.decisionsuite.deploy.tree.SourceTree;
import com.decisionsuite.deploy.tree.Tools;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusConfigTests {

    private static final Path CONFIG = SourceTree.resolve("prometheus/prometheus.yml");

    @Test
    void passesPromtoolsConfigurationCheckIncludingTheRuleFiles() {
        CommandLine.Result result = promtoolCheck(CONFIG);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
    }

    @Test
    void rejectsACopyWithAnUnknownField() throws IOException {
        Path copy = SourceTree.workDirectory("prometheus-broken").resolve("prometheus.yml");
        Files.writeString(copy, Files.readString(CONFIG).replaceFirst("scrape_interval:", "scrape_intervall:"));

        assertThat(promtoolCheck(copy).succeeded()).isFalse();
    }

    @Test
    void scrapesEveryAppOfTheComposeStackOnItsActuatorPort() throws IOException {
        List<Map<String, Object>> jobs = Fields.maps(Yaml.document(Files.readString(CONFIG)), "scrape_configs");

        ComposeFile.services().forEach((name, service) -> ComposeFile.app(asMap(service)).ifPresent(app -> {
            String target = name + ":" + AppProperties.of(app).managementPort();
            assertThat(jobs).as(target).anySatisfy(job -> {
                assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
                assertThat(Fields.maps(job, "static_configs")).anySatisfy(targets ->
                        assertThat(String.valueOf(targets.get("targets"))).contains(target));
            });
        }));
    }

    @Test
    void loadsTheAlertRulesKeptBesideIt() throws IOException {
        assertThat(Fields.at(Yaml.document(Files.readString(CONFIG)), "rule_files"))
                .hasValueSatisfying(files -> assertThat(String.valueOf(files)).contains("rules/*.yml"));
    }

    private static CommandLine.Result promtoolCheck(Path config) {
        Tools.require("promtool");
        return CommandLine.run(config.getParent(), "promtool", "check", "config", config.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
