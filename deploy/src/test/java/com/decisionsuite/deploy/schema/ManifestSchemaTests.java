package com.decisionsuite.deploy.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.decisionsuite.deploy.manifest.Kustomize;
import com.decisionsuite.deploy.manifest.Manifest;
import com.decisionsuite.deploy.manifest.Yaml;
import com.decisionsuite.deploy.tree.SourceTree;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestSchemaTests {

    static Stream<Path> overlays() {
        return SourceTree.overlays().stream();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesItsSchemaStrictly(Path overlay) {
        List<Manifest> manifests = Kustomize.render(overlay);

        assertThat(manifests).isNotEmpty();
        assertThat(manifests.stream().flatMap(manifest -> ManifestSchema.violations(manifest).stream())).isEmpty();
    }

    @Test
    void secretTemplateMatchesTheSecretSchema() throws IOException {
        List<Manifest> template = Yaml.manifests(Files.readString(SourceTree.resolve("deploy/k8s/secret-template.yaml")));

        assertThat(template).singleElement().satisfies(secret -> assertThat(ManifestSchema.violations(secret)).isEmpty());
    }

    @Test
    void rejectsAnUnknownFieldInAContainer() {
        Manifest api = renderedDev("Deployment", "decision-api");
        api.containers().get(0).put("livenessProbes", Map.of("periodSeconds", 10));

        assertThat(ManifestSchema.violations(api)).singleElement().asString().contains("livenessProbes");
    }

    @Test
    void rejectsADeploymentWithoutItsRequiredSelector() {
        Manifest api = renderedDev("Deployment", "decision-api");
        api.map("spec").remove("selector");

        assertThat(ManifestSchema.violations(api)).singleElement().asString().contains("selector");
    }

    @Test
    void rejectsAStringWhereTheSchemaWantsAnInteger() {
        Manifest api = renderedDev("Deployment", "decision-api");
        api.map("spec", "template", "spec").put("terminationGracePeriodSeconds", "sixty");

        assertThat(ManifestSchema.violations(api)).singleElement().asString().contains("sixty");
    }

    @Test
    void rejectsAnUnknownFieldInAScaledObject() {
        Manifest scaledObject = renderedDev("ScaledObject", "decision-worker-tracking");
        scaledObject.map("spec").put("minReplicas", 1);

        assertThat(ManifestSchema.violations(scaledObject)).singleElement().asString()
                .contains("spec.minReplicas: unknown field");
    }

    @Test
    void rejectsTriggerMetadataThatIsNotAString() {
        Manifest scaledObject = renderedDev("ScaledObject", "decision-worker-tracking");
        scaledObject.maps("spec", "triggers").get(0).put("metadata", Map.of("lagCount", 1000));

        assertThat(ManifestSchema.violations(scaledObject)).singleElement().asString()
                .contains("lagCount: must be a string");
    }

    @Test
    void rejectsAnUnknownFieldInKubernetesTypesEmbeddedInAScaledObject() {
        Manifest scaledObject = renderedDev("ScaledObject", "decision-worker-tracking");
        scaledObject.map("spec", "advanced", "horizontalPodAutoscalerConfig", "behavior").put("scaleDownn", Map.of());

        assertThat(ManifestSchema.violations(scaledObject)).singleElement().asString().contains("scaleDownn");
    }

    @Test
    void rejectsAKindNoSchemaCovers() {
        Manifest ingress = new Manifest(Map.of("apiVersion", "networking.k8s.io/v1", "kind", "Ingress",
                "metadata", Map.of("name", "decision-api")));

        assertThat(ManifestSchema.violations(ingress)).singleElement().asString().contains("no schema");
    }

    @Test
    void rejectsABrokenPatchOfARenderedOverlay() throws IOException {
        Path overlay = SourceTree.workDirectory("broken-overlay");
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../../k8s/base
                patches:
                  - target: {kind: Deployment, name: decision-api}
                    patch: |-
                      - op: add
                        path: /spec/template/spec/containers/0/resources/limit
                        value: {memory: 1Gi}
                """);

        List<String> violations = Kustomize.render(overlay).stream()
                .flatMap(manifest -> ManifestSchema.violations(manifest).stream()).toList();

        assertThat(violations).singleElement().asString().startsWith("Deployment/decision-api").contains("limit");
    }

    private static Manifest renderedDev(String kind, String name) {
        return Kustomize.render(SourceTree.resolve("deploy/k8s/overlays/dev")).stream()
                .filter(manifest -> manifest.is(kind) && manifest.name().equals(name)).findFirst().orElseThrow().copy();
    }
}
