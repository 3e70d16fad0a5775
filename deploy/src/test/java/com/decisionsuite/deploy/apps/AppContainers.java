package com.decisionsuite.deploy.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.decisionsuite.deploy.manifest.Fields;
import com.decisionsuite.deploy.manifest.Manifest;

/** The containers of a rendered overlay that run one of the suite's apps, found by their image. */
public final class AppContainers {

    private AppContainers() {
    }

    /** One app container with the workload (Deployment or StatefulSet) it belongs to. */
    public record Container(Manifest workload, AppModule app, Map<String, Object> container) {
    }

    public static List<Container> in(List<Manifest> rendered) {
        List<Container> containers = new ArrayList<>();
        for (Manifest workload : rendered.stream().filter(AppContainers::isWorkload).toList()) {
            for (Map<String, Object> container : workload.containers()) {
                AppModule.ofImage(Fields.string(container, "image").orElse(""))
                        .ifPresent(app -> containers.add(new Container(workload, app, container)));
            }
        }
        return containers;
    }

    public static boolean isWorkload(Manifest manifest) {
        return manifest.is("Deployment") || manifest.is("StatefulSet");
    }
}
