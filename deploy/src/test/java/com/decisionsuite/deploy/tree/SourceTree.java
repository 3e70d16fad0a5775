package com.decisionsuite.deploy.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the deploy artifacts and the apps' sources are in the repository these tests run in. */
public final class SourceTree {

    private static final Path ROOT = locateRoot();

    private SourceTree() {
    }

    /** The repository root: the folder holding the Maven wrapper and docker-compose.yml. */
    public static Path root() {
        return ROOT;
    }

    public static Path resolve(String relative) {
        return ROOT.resolve(relative);
    }

    /** Every kustomize overlay under deploy/k8s/overlays, sorted by name. */
    public static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(resolve("deploy/k8s/overlays"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A folder under target/ of the deploy module for files the tests make. */
    public static Path workDirectory(String name) {
        Path dir = resolve("deploy/target/" + name);
        try {
            return Files.createDirectories(dir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/k8s"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (mvnw beside deploy/k8s) above " + Path.of("").toAbsolutePath());
    }
}
