package com.decisionsuite.deploy.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.decisionsuite.deploy.tree.CommandLine;
import com.decisionsuite.deploy.tree.SourceTree;

/** Renders kustomizations with {@code kubectl kustomize}, offline, once per test run. */
public final class Kustomize {

    private static final Map<Path, List<Manifest>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    public static List<Manifest> render(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization.toAbsolutePath().normalize(),
                dir -> Yaml.manifests(CommandLine.output(SourceTree.root(), "kubectl", "kustomize", dir.toString())));
    }
}
