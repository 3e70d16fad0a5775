package com.decisionsuite.deploy.schema;

import java.nio.file.Files;
import java.nio.file.Path;

import com.decisionsuite.deploy.tree.CommandLine;
import com.decisionsuite.deploy.tree.SourceTree;

/**
 * The KEDA CRD models from the npm registry ({@code @kubernetes-models/keda}, generated from KEDA's CRD schemas):
 * their type declarations name every field of ScaledObject and TriggerAuthentication with its type and whether it
 * is required. Fetched once into deploy/target with {@code npm pack} (npm's cache serves later runs).
 */
final class KedaModels {

    static final String PACKAGE = "@kubernetes-models/keda";

    static final String VERSION = "2.0.0";

    private KedaModels() {
    }

    static synchronized Path declarations() {
        Path dir = SourceTree.workDirectory("keda-models");
        Path declarations = dir.resolve("package/keda.sh/v1alpha1");
        if (!Files.isDirectory(declarations)) {
            String tarball = CommandLine.output(dir, "npm", "pack", "--silent", "--prefer-offline",
                    PACKAGE + "@" + VERSION).strip();
            CommandLine.output(dir, "tar", "-xzf", tarball.lines().reduce((first, last) -> last).orElseThrow());
        }
        return declarations;
    }
}
