package com.decisionsuite.observability.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import com.decisionsuite.observability.tree.SourceTree;

/** One app of the suite running from its built jar as a child process, on a port of its own. */
final class AppProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String module;

    private final int port;

    private final Process process;

    private final Path log;

    private AppProcess(String module, int port, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code module}'s jar with {@code env} added to this JVM's environment, SERVER_PORT chosen here. */
    static AppProcess start(String module, Map<String, String> env) {
        int port = freePort();
        Path log = SourceTree.workDirectory("suite").resolve(module + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Small heaps and C1 only: three apps start on two cores within the test's time.
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", copyOfJar(module).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        // Actuator on the same port in every app, whatever management.server.port an app may set one day.
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(port));
        try {
            return new AppProcess(module, port, builder.start(), log);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start " + module, ex);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    String module() {
        return this.module;
    }

    /** Waits until readiness says UP; fails at once, with the end of its log, if the process exits meanwhile. */
    void awaitReady(Duration bound) {
        Awaitility.await(this.module + " ready on port " + this.port).atMost(bound)
                .pollInterval(Duration.ofMillis(250)).ignoreExceptionsMatching(e -> e instanceof IOException)
                .until(() -> {
                    if (!this.process.isAlive()) {
                        throw new IllegalStateException(this.module + " exited with " + this.process.exitValue()
                                + "; end of " + this.log + ":\n" + logTail());
                    }
                    HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2)).GET().build();
                    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** SIGTERM first so that the app shuts down gracefully, then kill what is still there. */
    void stop() {
        this.process.destroy();
        try {
            if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            this.process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void kill() {
        this.process.destroyForcibly();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(this.log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex + ")";
        }
    }

    // A copy, so that a build repackaging the jar meanwhile does not pull it from under the running app.
    private static Path copyOfJar(String module) {
        Path target = SourceTree.resolve(module + "/target");
        try (Stream<Path> files = Files.list(target)) {
            Path jar = files.filter(f -> f.getFileName().toString().matches(module + "-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar of " + module + " in " + target
                            + "; build it first (./mvnw -B -ntp package -DskipTests)"));
            return Files.copy(jar, SourceTree.workDirectory("suite").resolve(module + ".jar"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("no jar of " + module + " in " + target, ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
