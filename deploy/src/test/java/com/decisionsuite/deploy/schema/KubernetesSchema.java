package com.decisionsuite.deploy.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import io.kubernetes.client.openapi.JSON;

/**
 * Strict validation of built-in Kubernetes kinds against the API's OpenAPI schema, through the model classes of the
 * official Java client that are generated from it: each model's {@code validateJsonElement} rejects fields the schema
 * does not declare, missing required fields and objects where values belong (and the reverse), recursively; binding
 * the object to the model then rejects values of the wrong number type (a string where an integer belongs).
 */
public final class KubernetesSchema {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";

    /** apiVersion/kind to the generated model; a kind missing here fails validation instead of passing unchecked. */
    private static final Map<String, String> KINDS = Map.of(
            "v1/Namespace", "V1Namespace",
            "v1/ConfigMap", "V1ConfigMap",
            "v1/Secret", "V1Secret",
            "v1/Service", "V1Service",
            "v1/ServiceAccount", "V1ServiceAccount",
            "apps/v1/Deployment", "V1Deployment",
            "apps/v1/StatefulSet", "V1StatefulSet",
            "policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget");

    private static final Gson GSON = new Gson();

    private KubernetesSchema() {
    }

    static boolean covers(String apiVersion, String kind) {
        return KINDS.containsKey(apiVersion + "/" + kind);
    }

    /** Violations of one whole object of a built-in kind. */
    static List<String> validateObject(String apiVersion, String kind, Map<String, Object> content) {
        String model = KINDS.get(apiVersion + "/" + kind);
        if (model == null) {
            return List.of("no schema for " + apiVersion + " " + kind + " (add it to " + KubernetesSchema.class.getSimpleName() + ")");
        }
        return validateModel(model, content).map(List::of).orElse(List.of());
    }

    /** Validates a value against one model of the API, e.g. {@code V1ObjectMeta}; the violation, if any. */
    static Optional<String> validateModel(String model, Object value) {
        Class<?> type;
        Method validate;
        try {
            type = Class.forName(MODELS + model);
            validate = type.getMethod("validateJsonElement", JsonElement.class);
        }
        catch (ClassNotFoundException | NoSuchMethodException ex) {
            return Optional.of("no Kubernetes model " + model);
        }
        JsonElement json = GSON.toJsonTree(value);
        try {
            validate.invoke(null, json);
            JSON.getGson().fromJson(json, type);
            return Optional.empty();
        }
        catch (InvocationTargetException ex) {
            return Optional.of(model + ": " + ex.getCause().getMessage());
        }
        catch (JsonParseException ex) {
            return Optional.of(model + ": " + ex.getMessage());
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
