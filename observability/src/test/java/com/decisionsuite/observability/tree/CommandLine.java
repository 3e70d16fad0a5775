package com.decisionsuite.observability.tree;

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

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private CommandLine() {
    }

    /** The outcome of one run: exit code and both output streams. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public Result {
            command = List.copyOf(command);
        }

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
            Path out = Files.createTempFile("observability-test", ".out");
            Path err = Files.createTempFile("observability-test", ".err");
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
            throw new UncheckedIOException("cannot run " + String.join(" ", command), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
