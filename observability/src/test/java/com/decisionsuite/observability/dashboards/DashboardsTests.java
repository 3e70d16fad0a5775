package com.decisionsuite.observability.dashboards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import com.decisionsuite.observability.tree.CommandLine;
import com.decisionsuite.observability.tree.Promtool;
import com.decisionsuite.observability.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardsTests {

    @Test
    void liesWhereGrafanasProvisioningLoadsDashboardsFrom() {
        assertThat(Dashboard.all()).hasSizeGreaterThanOrEqualTo(2);

        assertThat(Provisioning.grafanaMountOf("grafana/dashboards"))
                .hasValueSatisfying(mounted -> assertThat(Provisioning.dashboardPaths()).contains(mounted));
    }

    @Test
    void everyPanelQueriesTheProvisionedPrometheusDatasource() {
        String uid = Provisioning.prometheusUid();

        for (Dashboard dashboard : Dashboard.all()) {
            assertThat(dashboard.panels()).as(dashboard.uid()).isNotEmpty().allSatisfy(panel -> {
                String title = dashboard.uid() + " / " + panel.path("title").asString();
                assertThat(panel.path("datasource").path("uid").asString()).as(title).isEqualTo(uid);
                assertThat(panel.path("targets").isEmpty()).as(title + " has targets").isFalse();
                panel.path("targets").forEach(target -> {
                    assertThat(target.path("expr").asString()).as(title + " expr").isNotBlank();
                    assertThat(target.path("datasource").path("uid").asString(uid)).as(title).isEqualTo(uid);
                });
            });
            assertThat(dashboard.variables()).allSatisfy(variable -> assertThat(
                    variable.path("datasource").path("uid").asString()).as(dashboard.uid()).isEqualTo(uid));
        }
    }

    @Test
    void everyQueryParsesAsPromql() throws IOException {
        CommandLine.Result result = Promtool.checkRules(List.of(recordingRules(allPromql())));

        assertThat(result.succeeded()).as(result.describe()).isTrue();
    }

    @Test
    void theParseCheckRejectsAQueryThatIsNotPromql() throws IOException {
        List<String> broken = new ArrayList<>(allPromql());
        broken.add("sum by (store (rate(decision_worker_decisions_total[5m]))");

        assertThat(Promtool.checkRules(List.of(recordingRules(broken))).succeeded()).isFalse();
    }

    @Test
    void storeDashboardPicksAStoreOfThePerStoreDecisionCounterAndShowsOnlyThatStore() {
        Dashboard store = Dashboard.all().stream().filter(d -> "decision-suite-store".equals(d.uid())).findFirst()
                .orElseThrow();

        assertThat(store.variables()).anySatisfy(variable -> {
            assertThat(variable.path("name").asString()).isEqualTo("store");
            assertThat(Dashboard.variableQuery(variable))
                    .isEqualTo("label_values(decision_worker_decisions_total, store)");
        });
        assertThat(store.panels()).allSatisfy(panel -> panel.path("targets").forEach(target ->
                assertThat(target.path("expr").asString()).as(panel.path("title").asString())
                        .containsPattern("store(_id)?=\"\\$store\"")));
    }

    @Test
    void dashboardUidsAndPanelIdsAreUnique() {
        List<Dashboard> all = Dashboard.all();

        assertThat(all).extracting(Dashboard::uid).doesNotHaveDuplicates().doesNotContain("");
        for (Dashboard dashboard : all) {
            List<Integer> ids = new ArrayList<>();
            dashboard.json().path("panels").forEach(panel -> {
                ids.add(panel.path("id").asInt());
                panel.path("panels").forEach(nested -> ids.add(nested.path("id").asInt()));
            });
            assertThat(ids).as(dashboard.uid()).doesNotHaveDuplicates();
        }
    }

    private static List<String> allPromql() {
        return Dashboard.all().stream().flatMap(dashboard -> dashboard.promql().stream()).toList();
    }

    // promtool parses expressions only inside rule files, so every query becomes a recording rule.
    private static Path recordingRules(List<String> promql) throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (int i = 0; i < promql.size(); i++) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("record", "dashboard:query_" + i);
            rule.put("expr", promql.get(i));
            rules.add(rule);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Path file = SourceTree.workDirectory("dashboard-queries").resolve("queries-" + promql.size() + ".yml");
        Files.writeString(file, new Yaml(options).dump(Map.of("groups", List.of(Map.of("name", "dashboards",
                "rules", rules)))));
        return file;
    }
}
