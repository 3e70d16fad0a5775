package com.decisionsuite.deploy.apps;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import com.decisionsuite.deploy.tree.SourceTree;

/** The suite's runnable services; each is built into an image of its module's name. */
public enum AppModule {

    DECISION_API("decision-api"),
    CONFIG_SERVICE("config-service"),
    DECISION_WORKER("decision-worker");

    private final String moduleName;

    AppModule(String moduleName) {
        this.moduleName = moduleName;
    }

    public String moduleName() {
        return this.moduleName;
    }

    public Path directory() {
        return SourceTree.resolve(this.moduleName);
    }

    /** The app an image reference runs, e.g. {@code registry.example.com/decision-suite/decision-api:0.1.0}. */
    public static Optional<AppModule> ofImage(String image) {
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String name = repository.substring(repository.lastIndexOf('/') + 1);
        String withoutTag = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        return Arrays.stream(values()).filter(app -> app.moduleName.equals(withoutTag)).findFirst();
    }

    /** The app a Dockerfile path (relative to the repository root) builds, e.g. {@code decision-worker/Dockerfile}. */
    public static Optional<AppModule> ofDockerfile(String dockerfile) {
        return Arrays.stream(values()).filter(app -> dockerfile.equals(app.moduleName + "/Dockerfile")).findFirst();
    }
}
