package com.decisionsuite.worker.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A redis-server process of the test's own, on a free port in a temporary directory, that the test can kill
 * and start again on the same port; the shared Redis is never touched.
 */
public final class PrivateRedis implements AutoCloseable {

    private final int port;

    private final Path directory;

    private Process process;

    public PrivateRedis() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        this.directory = Files.createTempDirectory("worker-redis");
        start();
    }

    public int port() {
        return this.port;
    }

    /** Starts it without persistence: a restart comes back empty, streams and groups gone. */
    public void start() throws IOException {
        this.process = new ProcessBuilder("redis-server", "--port", Integer.toString(this.port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", this.directory.toString())
                .redirectErrorStream(true).redirectOutput(this.directory.resolve("redis.log").toFile()).start();
        await().atMost(Duration.ofSeconds(10)).until(this::answers);
    }

    /** Kills it hard, as a crash would. */
    public void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> !answers());
    }

    private boolean answers() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (this.process != null && this.process.isAlive()) {
            kill();
        }
    }
}
