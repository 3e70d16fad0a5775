package com.decisionsuite.deploy.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one external tool to completion and keeps what it printed. */
public final class CommandLine {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private CommandLine() {
    }

    /** The outcome of one run: exit code and both output streams. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return this.exitCode == 0;
        }

        /** Everything the tool said, for assertion messages. */
        public String describe() {
            return String.join(" ", this.command) + " exited " + this.exitCode + "\n" + this.stdout + this.stderr;
        }
    }

    public static Result run(Path workingDirectory, String... command) {
        try {
            Path out = Files.createTempFile("deploy-test", ".out");
            Path err = Files.createTempFile("deploy-test", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not finish within " + TIMEOUT);
                }
                return new Result(List.of(command), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            }
            finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command)
                    + " (deploy/bin/ensure-tools installs the tools these tests need)", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Runs and insists on success, returning standard output. */
    public static String output(Path workingDirectory, String... command) {
        Result result = run(workingDirectory, command);
        if (!result.succeeded()) {
            throw new IllegalStateException(result.describe());
        }
        return result.stdout();
    }
}
