package com.decisionsuite.config.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy to a shared server that a test can cut, to simulate an outage without touching the server: while cut,
 * open connections are closed and new ones are closed as soon as they are accepted.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;

    private final String targetHost;

    private final int targetPort;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private volatile boolean cut;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return this.server.getLocalPort();
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        this.cut = true;
        this.open.forEach(TcpProxy::closeQuietly);
        this.open.clear();
    }

    public void restore() {
        this.cut = false;
    }

    private void accept() {
        while (!this.server.isClosed()) {
            try {
                Socket client = this.server.accept();
                if (this.cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(this.targetHost, this.targetPort);
                this.open.add(client);
                this.open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            }
            catch (IOException ex) {
                // server closed, or the target refused: the client sees a dropped connection either way
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
            catch (IOException ex) {
                // connection cut or closed by a peer
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
                this.open.remove(from);
                this.open.remove(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            this.server.close();
        }
        catch (IOException ex) {
            // already closed
        }
    }
}
