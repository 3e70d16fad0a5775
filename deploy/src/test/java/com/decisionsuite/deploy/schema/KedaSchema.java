package com.decisionsuite.deploy.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict validation of KEDA objects (keda.sh/v1alpha1) against the types generated from KEDA's CRD schemas: unknown
 * fields, missing required fields and mistyped values are violations. Embedded Kubernetes types (ObjectMeta, HPA
 * behavior) are checked by {@link KubernetesSchema}.
 */
final class KedaSchema {

    static final String API_VERSION = "keda.sh/v1alpha1";

    private static final String KEDA_PREFIX = "IComGithubKedacoreKedaV2ApisKedaV1alpha1";

    private static final Pattern KUBERNETES_MODEL = Pattern.compile("^IIoK8s\\w*?(V\\d+(?:alpha\\d+|beta\\d+)?[A-Z]\\w*)$");

    private final Map<String, TsType> declarations;

    KedaSchema(Map<String, TsType> declarations) {
        this.declarations = Map.copyOf(declarations);
    }

    static KedaSchema load() {
        return new KedaSchema(TypeDeclarations.read(KedaModels.declarations()));
    }

    boolean covers(String apiVersion, String kind) {
        return API_VERSION.equals(apiVersion) && this.declarations.containsKey("I" + kind);
    }

    List<String> validate(String kind, Map<String, Object> content) {
        List<String> violations = new ArrayList<>();
        check(content, new TsType.Reference("I" + kind), "", violations);
        return List.copyOf(violations);
    }

    private void check(Object value, TsType type, String path, List<String> violations) {
        if (type instanceof TsType.Primitive primitive) {
            checkPrimitive(value, primitive.name(), path, violations);
        }
        else if (type instanceof TsType.Literal literal) {
            Object expected = literal.value();
            boolean same = expected.equals(value) || value instanceof Number number && expected.equals(number.doubleValue());
            if (!same) {
                violations.add(path + ": must be " + expected + ", was " + value);
            }
        }
        else if (type instanceof TsType.ArrayOf array) {
            checkList(value, array.element(), path, violations);
        }
        else if (type instanceof TsType.MapOf map) {
            if (value instanceof Map<?, ?> entries) {
                entries.forEach((key, entry) -> check(entry, map.value(), path + "." + key, violations));
            }
            else {
                violations.add(path + ": must be a map");
            }
        }
        else if (type instanceof TsType.Union union) {
            checkUnion(value, union, path, violations);
        }
        else if (type instanceof TsType.Reference reference) {
            checkReference(value, reference.name(), path, violations);
        }
        else {
            checkObject(value, (TsType.ObjectType) type, path, violations);
        }
    }

    private void checkList(Object value, TsType element, String path, List<String> violations) {
        if (!(value instanceof List<?> list)) {
            violations.add(path + ": must be a list");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            check(list.get(i), element, path + "[" + i + "]", violations);
        }
    }

    private void checkReference(Object value, String name, String path, List<String> violations) {
        Matcher kubernetes = KUBERNETES_MODEL.matcher(name);
        if (kubernetes.matches()) {
            String model = kubernetes.group(1);
            if (model.equals("V1Time")) {
                checkPrimitive(value, "string", path, violations);
            }
            else {
                KubernetesSchema.validateModel(model, value).ifPresent(violation -> violations.add(path + ": " + violation));
            }
            return;
        }
        String local = name.startsWith(KEDA_PREFIX) ? "I" + name.substring(KEDA_PREFIX.length()) : name;
        TsType declared = this.declarations.get(local);
        if (declared == null) {
            violations.add(path + ": no declaration of " + name);
        }
        else {
            check(value, declared, path, violations);
        }
    }

    private void checkObject(Object value, TsType.ObjectType object, String path, List<String> violations) {
        if (!(value instanceof Map<?, ?> fields)) {
            violations.add(path + ": must be an object");
            return;
        }
        fields.forEach((key, field) -> {
            TsType.Property property = object.properties().get(String.valueOf(key));
            if (property == null) {
                violations.add(path + "." + key + ": unknown field (known: " + object.properties().keySet() + ")");
            }
            else {
                check(field, property.type(), path + "." + key, violations);
            }
        });
        object.properties().forEach((name, property) -> {
            if (!property.optional() && !fields.containsKey(name)) {
                violations.add(path + "." + name + ": required field missing");
            }
        });
    }

    private void checkUnion(Object value, TsType.Union union, String path, List<String> violations) {
        for (TsType option : union.options()) {
            List<String> attempt = new ArrayList<>();
            check(value, option, path, attempt);
            if (attempt.isEmpty()) {
                return;
            }
        }
        violations.add(path + ": " + value + " matches none of " + union.options());
    }

    private static void checkPrimitive(Object value, String name, String path, List<String> violations) {
        boolean matches = switch (name) {
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> true;
        };
        if (!matches) {
            violations.add(path + ": must be a " + name + ", was " + value);
        }
    }
}
