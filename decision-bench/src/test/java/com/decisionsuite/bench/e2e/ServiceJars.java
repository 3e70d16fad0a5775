package com.decisionsuite.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The built jars of the suite's apps, next to this module in the reactor.
 */
final class ServiceJars {

    // Surefire runs in the module directory and says so in 'basedir'; the apps are its siblings.
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    private ServiceJars() {
    }

    /**
     * A private copy of the module's executable jar: people rebuild the apps in this tree while the tests run,
     * and a jar rewritten under a running JVM crashes it.
     */
    static Path copyOf(String module, Path directory) {
        Path target = ROOT.resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(file -> isExecutableJar(module, file)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(missing(module, target)));
            Files.createDirectories(directory);
            return Files.copy(jar, directory.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        catch (NoSuchFileException ex) {
            throw new IllegalStateException(missing(module, target), ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not copy the jar of " + module, ex);
        }
    }

    // The Boot jar; a '-plain' jar (classes only) cannot run on its own.
    private static boolean isExecutableJar(String module, Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(module + "-") && name.endsWith(".jar") && !name.endsWith("-plain.jar");
    }

    private static String missing(String module, Path target) {
        return "No jar of " + module + " in " + target + "; build it first: ./mvnw -B -ntp -pl " + module
                + " package -DskipTests";
    }
}
