package com.decisionsuite.observability.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.decisionsuite.observability.tree.CommandLine;
import com.decisionsuite.observability.tree.Promtool;
import com.decisionsuite.observability.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPrometheusConfigTests {

    private static final Path LOCAL = SourceTree.resolve("prometheus/prometheus-local.yml");

    private static final Path COMPOSE = SourceTree.resolve("prometheus/prometheus.yml");

    @Test
    void passesPromtoolsConfigurationCheckIncludingTheRuleFiles() {
        CommandLine.Result result = Promtool.checkConfig(LOCAL);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        assertThat(result.stdout()).contains("decision-suite.yml");
    }

    @Test
    void loadsTheSameRuleFilesAsTheComposeStack() {
        assertThat(AlertRules.read(LOCAL).get("rule_files")).isEqualTo(AlertRules.read(COMPOSE).get("rule_files"));
    }

    // Same job names as the compose stack, so that queries filtering on job behave alike in both.
    @Test
    void scrapesTheComposeStacksJobsOnTheActuatorEndpointOfThisMachine() {
        List<Map<String, Object>> local = AlertRules.maps(AlertRules.read(LOCAL), "scrape_configs");

        assertThat(local).extracting(job -> job.get("job_name")).containsExactlyInAnyOrderElementsOf(
                AlertRules.maps(AlertRules.read(COMPOSE), "scrape_configs").stream().map(job -> job.get("job_name"))
                        .toList());
        assertThat(local).filteredOn(job -> !"prometheus".equals(job.get("job_name"))).allSatisfy(job -> {
            assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
            assertThat(String.valueOf(job.get("static_configs"))).contains("127.0.0.1:");
        });
    }
}
