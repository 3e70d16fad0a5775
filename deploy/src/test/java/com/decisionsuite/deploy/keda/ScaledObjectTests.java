package com.decisionsuite.deploy.keda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Kustomize;
import com.decisionsuite.deploy.manifest.Manifest;
import com.decisionsuite.deploy.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

class ScaledObjectTests {

    /** Streams whose tasks must never wait for a worker to start. */
    private static final Set<String> CRITICAL = Set.of("tracking", "cart-verification");

    static Stream<Path> overlays() {
        return SourceTree.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void scalesEachWorkerOnItsOwnStreamAndTheWorkersGroup(Path overlay) {
        assertThat(ScaledObjectChecks.problems(Kustomize.render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void givesEveryWorkerDeploymentExactlyOneScaledObject(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        List<String> workers = rendered.stream().filter(manifest -> manifest.is("Deployment"))
                .filter(manifest -> "decision-worker".equals(manifest.podLabels().get("app.kubernetes.io/name")))
                .map(Manifest::name).sorted().toList();
        List<String> targets = scaledObjects(rendered).map(so -> so.string("spec", "scaleTargetRef", "name").orElseThrow())
                .sorted().toList();

        assertThat(workers).hasSameSizeAs(StreamContract.serviceTypes());
        assertThat(targets).isEqualTo(workers);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void scalesOnGroupLagAndOnPendingEntriesOfTheSameStream(Path overlay) {
        scaledObjects(Kustomize.render(overlay)).forEach(scaledObject -> {
            List<Map<String, Object>> metadata = scaledObject.maps("spec", "triggers").stream()
                    .map(trigger -> Fields.map(trigger, "metadata")).toList();
            // KEDA uses pendingEntriesCount only when lagCount is absent, hence one trigger for each.
            assertThat(metadata).as(scaledObject.id()).hasSize(2)
                    .anySatisfy(lag -> assertThat(lag).containsKeys("lagCount", "activationLagCount").doesNotContainKey("pendingEntriesCount"))
                    .anySatisfy(pending -> assertThat(pending).containsKey("pendingEntriesCount").doesNotContainKey("lagCount"));
            assertThat(metadata.stream().map(each -> each.get("stream")).distinct()).as(scaledObject.id()).hasSize(1);
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void keepsAWorkerOnCriticalStreamsAndBoundsEveryOther(Path overlay) {
        Map<String, Manifest> byStream = scaledObjects(Kustomize.render(overlay)).collect(Collectors.toMap(
                scaledObject -> Fields.string(scaledObject.maps("spec", "triggers").get(0), "metadata", "stream").orElseThrow(),
                scaledObject -> scaledObject));
        for (String type : StreamContract.serviceTypes()) {
            Manifest scaledObject = byStream.get(StreamContract.taskStream(type));
            int min = ((Number) scaledObject.at("spec", "minReplicaCount").orElse(0)).intValue();
            int max = ((Number) scaledObject.at("spec", "maxReplicaCount").orElseThrow()).intValue();
            assertThat(min).as(type + " minReplicaCount").isGreaterThanOrEqualTo(CRITICAL.contains(type) ? 1 : 0);
            assertThat(max).as(type + " maxReplicaCount").isGreaterThanOrEqualTo(Math.max(min, 2));
            assertThat(scaledObject.at("spec", "cooldownPeriod")).as(type + " cooldownPeriod").isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void authenticatesWithTheRedisPasswordTheServicesUse(Path overlay) {
        List<Manifest> rendered = Kustomize.render(overlay);
        Manifest authentication = rendered.stream().filter(manifest -> manifest.is("TriggerAuthentication")).findFirst().orElseThrow();
        Map<String, Object> password = authentication.maps("spec", "secretTargetRef").stream()
                .filter(reference -> "password".equals(reference.get("parameter"))).findFirst().orElseThrow();
        Map<String, Object> servicesPassword = rendered.stream().filter(manifest -> manifest.is("Deployment"))
                .flatMap(manifest -> manifest.containers().stream()).flatMap(container -> Fields.maps(container, "env").stream())
                .filter(variable -> "SPRING_DATA_REDIS_PASSWORD".equals(variable.get("name"))).findFirst().orElseThrow();

        assertThat(Fields.map(servicesPassword, "valueFrom", "secretKeyRef"))
                .containsEntry("name", password.get("name")).containsEntry("key", password.get("key"));
    }

    @Test
    void findsAScaledObjectOnAnotherTypesStreamOrTheWrongGroup() {
        List<Manifest> rendered = Kustomize.render(SourceTree.resolve("deploy/k8s/overlays/dev")).stream().map(Manifest::copy).toList();
        Manifest productRecognition = rendered.stream().filter(manifest -> manifest.id().equals("ScaledObject/decision-worker-product-recognition"))
                .findFirst().orElseThrow();
        Map<String, Object> lag = Fields.map(productRecognition.maps("spec", "triggers").get(0), "metadata");
        lag.put("stream", "decision-tasks:{tracking}");
        lag.put("consumerGroup", "decision-worker");

        assertThat(ScaledObjectChecks.problems(rendered)).containsExactly(
                "ScaledObject/decision-worker-product-recognition trigger group-lag stream is decision-tasks:{tracking},"
                        + " expected decision-tasks:{product-recognition}",
                "ScaledObject/decision-worker-product-recognition trigger group-lag consumerGroup is decision-worker,"
                        + " expected decision-workers");
    }

    @Test
    void documentsThatTheConsumerGroupMustExistBeforeKedaLooks() throws IOException {
        try (Stream<Path> files = Files.list(SourceTree.resolve("deploy/keda"))) {
            List<Path> scaledObjects = files.filter(file -> file.getFileName().toString().startsWith("scaledobject-")).toList();
            assertThat(scaledObjects).hasSameSizeAs(StreamContract.serviceTypes()).allSatisfy(file ->
                    assertThat(Files.readString(file)).contains("The group must exist before KEDA queries it"));
        }
        assertThat(Files.readString(SourceTree.resolve("deploy/keda/kustomization.yaml")))
                .contains("the consumer group must exist").contains("The services create the group");
    }

    private static Stream<Manifest> scaledObjects(List<Manifest> rendered) {
        return rendered.stream().filter(manifest -> manifest.is("ScaledObject"));
    }
}
