package com.decisionsuite.deploy.schema;

import java.util.List;

import com.decisionsuite.deploy.manifest.Manifest;

/** Strict schema validation of any rendered object the suite deploys: built-in kinds and KEDA's. */
public final class ManifestSchema {

    private static KedaSchema keda;

    private ManifestSchema() {
    }

    /** Every violation of the object's schema; an object of a kind no schema covers is itself a violation. */
    public static List<String> violations(Manifest manifest) {
        List<String> violations;
        if (manifest.apiVersion().equals(KedaSchema.API_VERSION)) {
            KedaSchema schema = keda();
            violations = schema.covers(manifest.apiVersion(), manifest.kind())
                    ? schema.validate(manifest.kind(), manifest.content())
                    : List.of("no KEDA schema for " + manifest.kind());
        }
        else {
            violations = KubernetesSchema.validateObject(manifest.apiVersion(), manifest.kind(), manifest.content());
        }
        return violations.stream().map(violation -> manifest.id() + " " + violation).toList();
    }

    private static synchronized KedaSchema keda() {
        if (keda == null) {
            keda = KedaSchema.load();
        }
        return keda;
    }
}
