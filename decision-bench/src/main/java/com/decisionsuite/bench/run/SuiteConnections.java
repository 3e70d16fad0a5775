package com.decisionsuite.bench.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.http.JsonPoster;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * The run's connections to the suite and its infrastructure: a pooled client for the load's POSTs, a JDK client
 * for the occasional call (health, configuration, probes), and separate Redis connections for results, observation and bulk writes (so a blocking read never delays another).
 */
public final class SuiteConnections implements AutoCloseable {

    // Tasks and reviewer calls: far more connections than senders plus reviewers ever use at once.
    private static final int POST_CONNECTIONS = 512;

    private static final int POST_TIMEOUT_SECONDS = 30;

    private final HttpClient http;

    private final JsonPoster poster;

    private final RedisClient redis;

    private final StatefulRedisConnection<String, String> results;

    private final StatefulRedisConnection<String, String> observation;

    private final StatefulRedisConnection<String, String> bulk;

    private SuiteConnections(HttpClient http, RedisClient redis) {
        this.http = http;
        this.poster = JsonPoster.open(POST_CONNECTIONS, POST_TIMEOUT_SECONDS);
        this.redis = redis;
        this.results = redis.connect();
        this.observation = redis.connect();
        this.bulk = redis.connect();
    }

    /** Opens the connections; fails with a message a newcomer can act on when Redis does not answer. */
    public static SuiteConnections open(BenchProperties.Endpoints endpoints) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        RedisURI uri = RedisURI.create(endpoints.redis());
        uri.setTimeout(Duration.ofSeconds(60));
        RedisClient redis = RedisClient.create(uri);
        try {
            return new SuiteConnections(http, redis);
        }
        catch (RuntimeException ex) {
            redis.shutdown();
            throw new SuiteUnavailableException("Redis does not answer at " + endpoints.redis() + " (" + ex.getMessage()
                    + "); start it (bin/infra) or set --bench.endpoints.redis", ex);
        }
    }

    /** Fails unless {@code base}'s actuator health answers 200. */
    public void requireHealthy(String service, URI base) {
        try {
            HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new SuiteUnavailableException(service + " at " + base + " reports unhealthy (HTTP "
                        + response.statusCode() + "); see run/" + service + ".log", null);
            }
        }
        catch (java.io.IOException ex) {
            throw new SuiteUnavailableException(service + " does not answer at " + base
                    + "; start the suite first (bin/suite start), or run bin/bench which does", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new SuiteUnavailableException("interrupted while checking " + service, ex);
        }
    }

    public HttpClient http() {
        return this.http;
    }

    /** For the load itself: task POSTs and reviewer calls. */
    public JsonPoster poster() {
        return this.poster;
    }

    /** For the blocking read of {@code decision-results}. */
    public StatefulRedisConnection<String, String> results() {
        return this.results;
    }

    /** For stream lag sampling. */
    public StatefulRedisConnection<String, String> observation() {
        return this.observation;
    }

    /** For pipelined writes: drain pre-fill and the XADD ceiling. */
    public StatefulRedisConnection<String, String> bulk() {
        return this.bulk;
    }

    @Override
    public void close() {
        this.results.close();
        this.observation.close();
        this.bulk.close();
        this.redis.shutdown();
        try {
            this.poster.close();
        }
        catch (java.io.IOException ex) {
            // Closing idle keep-alive connections at the end of a run; nothing is left to lose.
        }
    }
}
