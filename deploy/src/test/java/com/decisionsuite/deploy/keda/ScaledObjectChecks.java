package com.decisionsuite.deploy.keda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.decisionsuite.deploy.manifest.ContainerEnvironment;
import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Manifest;

/** What must hold between a rendered overlay's ScaledObjects, the Deployments they scale and the wire contract. */
final class ScaledObjectChecks {

    static final String SERVICE_TYPES = "DECISION_WORKER_SERVICE_TYPES";

    private ScaledObjectChecks() {
    }

    static List<String> problems(List<Manifest> rendered) {
        List<String> problems = new ArrayList<>();
        for (Manifest scaledObject : rendered.stream().filter(manifest -> manifest.is("ScaledObject")).toList()) {
            String id = scaledObject.id();
            String targetKind = scaledObject.string("spec", "scaleTargetRef", "kind").orElse("Deployment");
            String targetName = scaledObject.string("spec", "scaleTargetRef", "name").orElse("");
            Optional<Manifest> target = rendered.stream()
                    .filter(manifest -> manifest.is(targetKind) && manifest.name().equals(targetName)).findFirst();
            if (target.isEmpty() || !targetKind.equals("Deployment")) {
                problems.add(id + " scales " + targetKind + "/" + targetName + ", which is no Deployment of the overlay");
                continue;
            }
            Map<String, Object> container = target.get().containers().get(0);
            Map<String, Optional<String>> environment = ContainerEnvironment.of(container, rendered);
            String serviceType = environment.getOrDefault(SERVICE_TYPES, Optional.empty()).orElse("");
            if (!StreamContract.serviceTypes().contains(serviceType)) {
                problems.add(id + " scales " + targetName + ", whose " + SERVICE_TYPES + " '" + serviceType
                        + "' is not one service type of " + StreamContract.serviceTypes());
                continue;
            }
            for (Map<String, Object> trigger : scaledObject.maps("spec", "triggers")) {
                problems.addAll(triggerProblems(id, trigger, serviceType, environment, rendered));
            }
        }
        return problems;
    }

    private static List<String> triggerProblems(String id, Map<String, Object> trigger, String serviceType,
            Map<String, Optional<String>> environment, List<Manifest> rendered) {
        List<String> problems = new ArrayList<>();
        String name = id + " trigger " + Fields.string(trigger, "name").orElse("?");
        Map<String, Object> metadata = Fields.map(trigger, "metadata");
        expect(problems, name + " type", Fields.string(trigger, "type"), "redis-streams");
        expect(problems, name + " stream", Fields.string(metadata, "stream"), StreamContract.taskStream(serviceType));
        expect(problems, name + " consumerGroup", Fields.string(metadata, "consumerGroup"), StreamContract.group());
        for (String fromEnv : List.of("hostFromEnv", "portFromEnv")) {
            String variable = Fields.string(metadata, fromEnv).orElse("");
            if (!environment.containsKey(variable)) {
                problems.add(name + " " + fromEnv + " names " + variable + ", which the target container does not have");
            }
        }
        String authentication = Fields.string(trigger, "authenticationRef", "name").orElse("");
        if (rendered.stream().noneMatch(manifest -> manifest.is("TriggerAuthentication") && manifest.name().equals(authentication))) {
            problems.add(name + " authenticates with TriggerAuthentication/" + authentication + ", which the overlay lacks");
        }
        return problems;
    }

    private static void expect(List<String> problems, String what, Optional<String> actual, String expected) {
        if (!actual.equals(Optional.of(expected))) {
            problems.add(what + " is " + actual.orElse("missing") + ", expected " + expected);
        }
    }
}
