package com.decisionsuite.bench.http;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Posts JSON bodies over pooled keep-alive connections, as an upstream service's or a reviewer tool's client does.
 * Never retries on its own: a repeated POST must be the caller's decision, so that errors are counted, not hidden.
 */
public final class JsonPoster implements AutoCloseable {

    private final CloseableHttpClient client;

    private JsonPoster(CloseableHttpClient client) {
        this.client = client;
    }

    /** A client with up to {@code connections} connections, each request bounded by {@code timeoutSeconds}. */
    public static JsonPoster open(int connections, int timeoutSeconds) {
        Timeout timeout = Timeout.of(timeoutSeconds, TimeUnit.SECONDS);
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(5))
                        .setSocketTimeout(timeout)
                        .build())
                .build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        return new JsonPoster(client);
    }

    /** Posts {@code json} and returns the status and body. */
    public Reply post(URI uri, String json) throws IOException {
        HttpPost request = new HttpPost(uri);
        request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return this.client.execute(request, response -> new Reply(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
    }

    @Override
    public void close() throws IOException {
        this.client.close();
    }

    /** What the server answered. */
    public record Reply(int status, String body) {

        public Reply {
            body = body == null ? "" : body;
        }
    }
}
