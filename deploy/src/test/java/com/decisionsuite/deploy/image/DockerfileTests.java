package com.decisionsuite.deploy.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.decisionsuite.deploy.apps.AppModule;
import com.decisionsuite.deploy.apps.AppProperties;
import com.decisionsuite.deploy.tree.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The images: no Docker engine here, so the Dockerfiles are read and the layer split they rely on is run. */
class DockerfileTests {

    @ParameterizedTest
    @EnumSource(AppModule.class)
    void runsTheAppAsANonRootUserWithTheHeapSizedByTheContainer(AppModule app) {
        Dockerfile dockerfile = Dockerfile.of(app);

        assertThat(dockerfile.runtime("USER")).singleElement().asString().matches("[1-9][0-9]*:[1-9][0-9]*");
        assertThat(dockerfile.runtime("ENV")).anySatisfy(env -> assertThat(env).startsWith("JAVA_TOOL_OPTIONS=")
                .contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx"));
        assertThat(dockerfile.runtime("EXPOSE")).containsExactly(String.valueOf(AppProperties.of(app).serverPort()));
        assertThat(dockerfile.runtime("ENTRYPOINT")).containsExactly("[\"java\", \"-jar\", \"application.jar\"]");
        assertThat(dockerfile.instructions()).anySatisfy(line ->
                assertThat(line).startsWith("RUN ").contains("./mvnw -B -ntp -pl " + app.moduleName() + " -am package"));
    }

    @ParameterizedTest
    @EnumSource(AppModule.class)
    void copiesSpringBootsLayersFromTheLeastToTheMostChanging(AppModule app) {
        assertThat(Dockerfile.of(app).copiedLayers())
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    }

    @ParameterizedTest
    @EnumSource(AppModule.class)
    void splitsTheBuiltJarIntoExactlyTheLayersTheDockerfileCopies(AppModule app, @TempDir Path work) throws IOException {
        Optional<Path> jar = builtJar(app);
        Assumptions.assumeTrue(jar.isPresent(), () -> app.moduleName() + " has no built jar: run ./mvnw package first;"
                + " the layer split was not checked");
        Files.copy(jar.get(), work.resolve("application.jar"));

        CommandLine.output(work, "java", "-Djarmode=tools", "-jar", "application.jar", "extract", "--layers", "--destination", "extracted");

        assertThat(layerIndex(work.resolve("application.jar"))).containsExactlyElementsOf(Dockerfile.of(app).copiedLayers());
        Path application = work.resolve("extracted/application/application.jar");
        assertThat(application).isRegularFile();
        try (JarFile launched = new JarFile(application.toFile())) {
            String classPath = launched.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(Arrays.stream(classPath.split(" "))).as("Class-Path of application.jar").isNotEmpty().allSatisfy(entry ->
                    assertThat(Stream.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")
                            .map(layer -> work.resolve("extracted").resolve(layer).resolve(entry))).anyMatch(Files::isRegularFile));
        }
    }

    /** The layers the jar's BOOT-INF/layers.idx declares, in order. */
    private static List<String> layerIndex(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String index = new String(file.getInputStream(file.getEntry("BOOT-INF/layers.idx")).readAllBytes(), StandardCharsets.UTF_8);
            return index.lines().filter(line -> line.startsWith("- \"")).map(line -> line.replaceAll("^- \"(.*)\":$", "$1")).toList();
        }
    }

    private static Optional<Path> builtJar(AppModule app) {
        Path target = app.directory().resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            List<Path> jars = files.filter(file -> file.getFileName().toString().matches(app.moduleName() + "-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar")).toList();
            return jars.stream().findFirst();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
