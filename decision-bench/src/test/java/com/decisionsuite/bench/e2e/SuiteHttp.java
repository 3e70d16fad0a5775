package com.decisionsuite.bench.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.decisionsuite.model.WireCodec;
import tools.jackson.databind.JsonNode;

/**
 * HTTP to the services under test with the JDK client, bodies as JSON through the suite's own codec.
 */
final class SuiteHttp {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    // HTTP/1.1: the services speak nothing else, and the default HTTP/2 attempt adds an upgrade to every request.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build());
    }

    HttpResponse<String> post(URI uri, Object body) {
        return send(json(uri).POST(HttpRequest.BodyPublishers.ofString(WireCodec.write(body))).build());
    }

    /** A request to {@code uri} that sends and accepts JSON; the caller adds method, body and headers. */
    HttpRequest.Builder json(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return this.client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + request.method() + " " + request.uri(), ex);
        }
    }

    static JsonNode tree(HttpResponse<String> response) {
        return WireCodec.mapper().readTree(response.body());
    }
}
