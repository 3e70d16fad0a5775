package com.decisionsuite.config.support;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * A local TCP port nothing listens on (at the time of asking).
 */
public final class FreePort {

    private FreePort() {
    }

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
