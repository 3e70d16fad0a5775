package com.decisionsuite.deploy.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.decisionsuite.deploy.apps.AppContainers;
import com.decisionsuite.deploy.apps.AppModule;
import com.decisionsuite.deploy.apps.AppProperties;
import com.decisionsuite.deploy.keda.StreamContract;
import com.decisionsuite.deploy.manifest.ContainerEnvironment;
import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Kustomize;
import com.decisionsuite.deploy.manifest.Manifest;
import com.decisionsuite.deploy.manifest.Yaml;
import com.decisionsuite.deploy.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape every overlay must have, read as the engineer who applies it would. */
class OverlayRenderingTests {

    static Stream<Path> overlays() {
        return SourceTree.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersUniqueObjectsIntoTheOverlaysNamespace(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        String namespace = rendered.stream().filter(manifest -> manifest.is("Namespace")).map(Manifest::name)
                .findFirst().orElseThrow();

        assertThat(rendered.stream().map(Manifest::id)).doesNotHaveDuplicates();
        assertThat(rendered).filteredOn(manifest -> !manifest.is("Namespace"))
                .allSatisfy(manifest -> assertThat(manifest.string("metadata", "namespace")).as(manifest.id()).hasValue(namespace));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void runsAtLeastTwoDecisionApiReplicas(Path overlay) {
        assertThat(deployment(Kustomize.render(overlay), "decision-api").at("spec", "replicas"))
                .hasValueSatisfying(replicas -> assertThat((Integer) replicas).isGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void runsOneWorkerDeploymentPerServiceTypeLeavingItsReplicasToKeda(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        List<AppContainers.Container> workers = AppContainers.in(rendered).stream()
                .filter(each -> each.app() == AppModule.DECISION_WORKER).toList();

        assertThat(workers.stream().map(each -> ContainerEnvironment.of(each.container(), rendered)
                .get("DECISION_WORKER_SERVICE_TYPES").orElseThrow())).containsExactlyInAnyOrderElementsOf(StreamContract.serviceTypes());
        assertThat(workers).allSatisfy(each -> assertThat(each.workload().at("spec", "replicas")).as(each.workload().id()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void runsEveryPodAsNonRootWithRequestsAndLimits(Path overlay) {
        for (Manifest workload : Kustomize.render(overlay).stream().filter(AppContainers::isWorkload).toList()) {
            assertThat(workload.podSpec()).as(workload.id()).extracting(spec -> Fields.map(spec, "securityContext"))
                    .satisfies(context -> assertThat(context).containsEntry("runAsNonRoot", true)
                            .hasEntrySatisfying("runAsUser", user -> assertThat((Integer) user).isPositive()));
            assertThat(workload.containers()).as(workload.id()).allSatisfy(container -> {
                assertThat(Fields.at(container, "securityContext", "allowPrivilegeEscalation")).hasValue(false);
                assertThat(Fields.at(container, "securityContext", "capabilities", "drop")).hasValue(List.of("ALL"));
                for (String bound : List.of("requests", "limits")) {
                    assertThat(Fields.map(container, "resources", bound)).as(bound).containsKeys("cpu", "memory");
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void givesEveryAppMoreTimeToStopThanItsGracefulShutdownTakes(Path overlay) {
        for (AppContainers.Container each : AppContainers.in(Kustomize.render(overlay))) {
            long shutdownPhase = seconds(AppProperties.of(each.app()).value("spring.lifecycle.timeout-per-shutdown-phase").orElse("30s"));
            long preStop = Fields.at(each.container(), "lifecycle", "preStop", "exec", "command")
                    .map(command -> Long.parseLong(String.valueOf(((List<?>) command).get(1)))).orElse(0L);
            assertThat(each.workload().podSpec().get("terminationGracePeriodSeconds")).as(each.workload().id())
                    .satisfies(grace -> assertThat(((Number) grace).longValue()).isGreaterThanOrEqualTo(Math.max(60, preStop + shutdownPhase + 15)));
            assertThat(each.container()).as(each.workload().id()).satisfies(container ->
                    assertThat(Fields.at(container, "securityContext", "readOnlyRootFilesystem")).hasValue(true));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void protectsEveryAppDeploymentWithExactlyOneDisruptionBudget(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        List<Manifest> budgets = rendered.stream().filter(manifest -> manifest.is("PodDisruptionBudget")).toList();
        for (AppContainers.Container each : AppContainers.in(rendered)) {
            Map<String, Object> labels = each.workload().podLabels();
            assertThat(budgets).as(each.workload().id()).filteredOn(budget ->
                    labels.entrySet().containsAll(budget.map("spec", "selector", "matchLabels").entrySet())).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void readsOnlySecretKeysTheSecretTemplateDefines(Path overlay) throws IOException {
        List<Manifest> rendered = Kustomize.render(overlay);
        Manifest template = Yaml.manifests(Files.readString(SourceTree.resolve("deploy/k8s/secret-template.yaml"))).get(0);
        List<Map<String, Object>> references = AppContainers.in(rendered).stream()
                .flatMap(each -> Fields.maps(each.container(), "env").stream())
                .map(variable -> Fields.map(variable, "valueFrom", "secretKeyRef")).filter(reference -> !reference.isEmpty()).toList();

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference.get("name")).isEqualTo(template.name());
            assertThat(template.map("stringData")).containsKey(String.valueOf(reference.get("key")));
        });
        Optional<Manifest> generated = rendered.stream().filter(manifest -> manifest.is("Secret")).findFirst();
        generated.ifPresent(secret -> assertThat(secret.map("data").keySet()).containsAll(template.map("stringData").keySet()));
    }

    private static Manifest deployment(List<Manifest> rendered, String name) {
        return rendered.stream().filter(manifest -> manifest.is("Deployment") && manifest.name().equals(name)).findFirst().orElseThrow();
    }

    private static long seconds(String springDuration) {
        if (springDuration.endsWith("ms")) {
            return Long.parseLong(springDuration.replace("ms", "")) / 1000;
        }
        long amount = Long.parseLong(springDuration.replaceAll("[^0-9]", ""));
        return springDuration.endsWith("m") ? amount * 60 : amount;
    }
}
