package com.decisionsuite.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * One service of the suite as its own {@code java -jar} child process, serving HTTP (and actuator) on
 * {@code port}, its output in a log file of its own.
 */
final class ServiceProcess {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private final String name;

    // Shown by /actuator/info, so a port someone else's service took meanwhile is never mistaken for this one.
    private final String instance;

    private final int port;

    private final Path log;

    private final Process process;

    private ServiceProcess(String name, String instance, int port, Path log, Process process) {
        this.name = name;
        this.instance = instance;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code jar} with {@code env} on top of this JVM's environment and {@code SERVER_PORT} set. */
    static ServiceProcess start(String name, Path jar, Map<String, String> env, Path logDirectory) {
        int port = FreePorts.next();
        String instance = name + "-" + UUID.randomUUID();
        Path log = logDirectory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(JAVA.toString(), "-Xmx256m", "-jar", jar.toString())
                .directory(logDirectory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_INFO_ENV_ENABLED", "true");
        builder.environment().put("INFO_E2E_INSTANCE", instance);
        try {
            Files.createDirectories(logDirectory);
            return new ServiceProcess(name, instance, port, log, builder.start());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start " + name, ex);
        }
    }

    String name() {
        return this.name;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + this.port + path);
    }

    boolean isAlive() {
        return this.process.isAlive();
    }

    /** Waits until the readiness probe answers 200; fails with the log's tail when it exits or the bound passes. */
    void awaitReady(SuiteHttp http, Duration bound) {
        try {
            await("readiness of " + this.name).atMost(bound).pollInterval(Duration.ofMillis(500))
                    .until(() -> ready(http));
        }
        catch (ConditionTimeoutException ex) {
            throw failure("not ready within " + bound, ex);
        }
    }

    private boolean ready(SuiteHttp http) {
        if (!this.process.isAlive()) {
            throw failure("exited with " + this.process.exitValue() + " during start-up", null);
        }
        try {
            return http.get(uri("/actuator/health/readiness")).statusCode() == 200 && answersAsItself(http);
        }
        catch (UncheckedIOException ex) {
            return false;
        }
    }

    private boolean answersAsItself(SuiteHttp http) {
        String answered = SuiteHttp.tree(http.get(uri("/actuator/info"))).path("e2e").path("instance").asString("");
        if (!this.instance.equals(answered)) {
            throw failure("does not answer on its port " + this.port + ": another process does (someone else's suite?)",
                    null);
        }
        return true;
    }

    /** SIGKILL on Linux, as a crash or an OOM kill would end it: no shutdown hook, no graceful stop. */
    void kill() {
        this.process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM: the service stops gracefully. */
    void stop() {
        this.process.destroy();
    }

    /** Waits for the exit, killing the process when it has not exited within {@code bound}. */
    void awaitExit(Duration bound) {
        try {
            if (!this.process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                this.process.destroyForcibly();
                this.process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.process.destroyForcibly();
        }
    }

    private AssertionError failure(String what, Throwable cause) {
        String tail;
        try {
            List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
            tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
        catch (IOException ex) {
            tail = "(unreadable: " + ex + ")";
        }
        return new AssertionError(this.name + " " + what + "; last lines of " + this.log + ":\n" + tail, cause);
    }
}
