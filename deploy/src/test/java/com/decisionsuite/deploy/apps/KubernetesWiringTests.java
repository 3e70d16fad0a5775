package com.decisionsuite.deploy.apps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.decisionsuite.deploy.manifest.ContainerEnvironment;
import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Kustomize;
import com.decisionsuite.deploy.manifest.Manifest;
import com.decisionsuite.deploy.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay sets only variables the apps read, and every port it names is the one the app listens on. */
class KubernetesWiringTests {

    static Stream<Path> overlays() {
        return SourceTree.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void setsOnlyEnvironmentVariablesThatBindAPropertyTheAppReads(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);

        assertThat(AppContainers.in(rendered)).hasSize(6);
        assertThat(unboundVariables(rendered)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void exposesProbesAndScrapesTheAppsOwnPorts(Path overlay) {
        assertThat(portMismatches(Kustomize.render(overlay))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsAVariableNoAppReadsAndAPortTheAppDoesNotListenOn() {
        List<Manifest> rendered = Kustomize.render(SourceTree.resolve("deploy/k8s/overlays/dev")).stream()
                .map(Manifest::copy).toList();
        Map<String, Object> api = rendered.stream().filter(manifest -> manifest.id().equals("Deployment/decision-api"))
                .findFirst().orElseThrow().containers().get(0);
        Fields.maps(api, "env").stream().filter(variable -> variable.get("name").equals("SERVER_PORT"))
                .forEach(variable -> variable.put("value", "9090"));
        ((List<Object>) api.get("env")).add(Map.of("name", "DECISION_API_MAX_BATCH", "value", "5"));

        assertThat(unboundVariables(rendered)).containsExactly("Deployment/decision-api: DECISION_API_MAX_BATCH");
        assertThat(portMismatches(rendered)).containsExactly("Deployment/decision-api SERVER_PORT: 9090, app listens on 8080");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesTheActuatorLivenessAndReadinessGroups(Path overlay) {
        for (AppContainers.Container each : AppContainers.in(Kustomize.render(overlay))) {
            Map<String, Object> container = each.container();
            String id = each.workload().id();
            assertThat(Fields.string(container, "livenessProbe", "httpGet", "path")).as(id).hasValue("/actuator/health/liveness");
            assertThat(Fields.string(container, "startupProbe", "httpGet", "path")).as(id).hasValue("/actuator/health/liveness");
            assertThat(Fields.string(container, "readinessProbe", "httpGet", "path")).as(id).hasValue("/actuator/health/readiness");
            assertThat(each.workload().podAnnotations()).as(id)
                    .containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/actuator/prometheus");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void pointsEveryServiceAtAPortItsPodsDeclare(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        for (Manifest service : rendered.stream().filter(manifest -> manifest.is("Service")).toList()) {
            Map<String, Object> selector = service.map("spec", "selector");
            List<Map<String, Object>> containers = rendered.stream().filter(AppContainers::isWorkload)
                    .filter(workload -> workload.podLabels().entrySet().containsAll(selector.entrySet()))
                    .flatMap(workload -> workload.containers().stream()).toList();
            assertThat(containers).as(service.id() + " selects pods").isNotEmpty();
            for (Map<String, Object> port : service.maps("spec", "ports")) {
                assertThat(containers).as(service.id() + " targetPort " + port.get("targetPort")).allSatisfy(container ->
                        assertThat(ContainerEnvironment.containerPort(container, port.get("targetPort"))).isPresent());
            }
        }
    }

    static List<String> unboundVariables(List<Manifest> rendered) {
        List<String> unbound = new ArrayList<>();
        for (AppContainers.Container each : AppContainers.in(rendered)) {
            ContainerEnvironment.of(each.container(), rendered).keySet().stream()
                    .filter(variable -> !AppProperties.of(each.app()).binds(variable))
                    .forEach(variable -> unbound.add(each.workload().id() + ": " + variable));
        }
        return unbound;
    }

    static List<String> portMismatches(List<Manifest> rendered) {
        List<String> mismatches = new ArrayList<>();
        for (AppContainers.Container each : AppContainers.in(rendered)) {
            AppProperties app = AppProperties.of(each.app());
            Map<String, Object> container = each.container();
            String id = each.workload().id();
            Optional<String> serverPort = ContainerEnvironment.of(container, rendered).getOrDefault("SERVER_PORT", Optional.empty());
            expect(mismatches, id + " SERVER_PORT", serverPort.map(Integer::valueOf), app.serverPort());
            expect(mismatches, id + " port http", ContainerEnvironment.containerPort(container, "http"), app.serverPort());
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Object port = Fields.at(container, probe, "httpGet", "port").orElse("none");
                expect(mismatches, id + " " + probe, ContainerEnvironment.containerPort(container, port), app.managementPort());
            }
            Optional<Integer> scraped = Optional.ofNullable(each.workload().podAnnotations().get("prometheus.io/port"))
                    .map(String::valueOf).map(Integer::valueOf);
            expect(mismatches, id + " prometheus.io/port", scraped, app.managementPort());
        }
        return mismatches;
    }

    private static void expect(List<String> mismatches, String what, Optional<Integer> actual, int expected) {
        if (actual.isEmpty() || actual.get() != expected) {
            mismatches.add(what + ": " + actual.map(String::valueOf).orElse("not set") + ", app listens on " + expected);
        }
    }
}
