package com.decisionsuite.observability.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the rules, dashboards and built apps are in the repository these tests run in. */
public final class SourceTree {

    private static final Path ROOT = locateRoot();

    private SourceTree() {
    }

    /** The repository root: the folder holding the Maven wrapper beside prometheus/ and grafana/. */
    public static Path root() {
        return ROOT;
    }

    public static Path resolve(String relative) {
        return ROOT.resolve(relative);
    }

    /** The regular files directly in {@code folder} whose names end with {@code suffix}, sorted. */
    public static List<Path> files(String folder, String suffix) {
        try (Stream<Path> files = Files.list(resolve(folder))) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A fresh-or-existing folder under the observability module's target/ for files the tests make. */
    public static Path workDirectory(String name) {
        try {
            return Files.createDirectories(resolve("observability/target/" + name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("prometheus"))
                    && Files.isDirectory(dir.resolve("grafana"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root (mvnw beside prometheus/ and grafana/) above "
                + Path.of("").toAbsolutePath());
    }
}
