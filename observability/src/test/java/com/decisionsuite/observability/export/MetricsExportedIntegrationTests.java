package com.decisionsuite.observability.export;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.decisionsuite.observability.dashboards.Dashboard;
import com.decisionsuite.observability.promql.MetricReferences;
import com.decisionsuite.observability.rules.AlertRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the built suite, drives every path that makes a meter appear (automatic and escalated decisions, a refused
 * task, a verdict, a configuration change, a dead letter, a reclaimed entry, the result relay) and checks that
 * every metric the alert rules and dashboards read is one the services export.
 */
class MetricsExportedIntegrationTests {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private static Suite suite;

    private static Traffic traffic;

    @BeforeAll
    static void runSuiteWithTraffic() {
        try (TaskStreamEntries streams = new TaskStreamEntries(Suite.REDIS_DATABASE)) {
            streams.clear();
            suite = Suite.start();
            traffic = new Traffic(suite);
            String store = "obs-" + UUID.randomUUID().toString().substring(0, 8);
            traffic.configure(store);
            String run = UUID.randomUUID().toString();
            Set<String> tasks = Set.of(run + "-accepted", run + "-rejected", run + "-escalated");
            assertThat(traffic.submit(run + "-accepted", store, 0.97, 0.01)).isEqualTo(202);
            assertThat(traffic.submit(run + "-rejected", store, 0.1)).isEqualTo(202);
            assertThat(traffic.submit(run + "-escalated", store, 0.6, 0.3)).isEqualTo(202);
            assertThat(traffic.submitWithoutCandidates(store)).isEqualTo(400);
            Awaitility.await("tasks decided").atMost(BOUND).until(() -> tasks.stream().allMatch(traffic::decided));
            Awaitility.await("escalated task reviewed").atMost(BOUND)
                    .until(() -> traffic.reviewOne(store).isPresent());
            streams.appendUnreadable(Traffic.SERVICE_TYPE);
            streams.appendHeldByVanishedConsumer(Traffic.SERVICE_TYPE);
            // Only the reclaim sweep can deliver the held entry to the worker, so two dead letters mean both paths ran.
            Awaitility.await("unreadable and reclaimed entries dead-lettered").atMost(BOUND)
                    .until(() -> streams.deadLetters(Traffic.SERVICE_TYPE) >= 2);
            Awaitility.await("results relayed").atMost(BOUND).until(() -> streams.results() > 0);
        }
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void exportsEveryMetricTheAlertRulesRead() {
        Set<String> referenced = new TreeSet<>();
        AlertRules.all().forEach(rule -> referenced.addAll(MetricReferences.in(rule.expr())));

        assertExported(referenced);
    }

    @Test
    void exportsEveryMetricTheDashboardsRead() {
        Set<String> referenced = new TreeSet<>();
        Dashboard.all().forEach(dashboard -> dashboard.promql()
                .forEach(promql -> referenced.addAll(MetricReferences.in(promql))));

        assertExported(referenced);
    }

    // Meters are registered right after the commit that the awaited signals show, hence a short bounded wait.
    private static void assertExported(Set<String> referenced) {
        assertThat(referenced).isNotEmpty();
        Awaitility.await("metrics exported").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Set<String> exported = new TreeSet<>();
            suite.apps().forEach(app -> exported.addAll(Exposition.seriesNames(traffic.scrape(app))));
            assertThat(exported).as("series the suite exports").containsAll(referenced);
        });
    }
}
