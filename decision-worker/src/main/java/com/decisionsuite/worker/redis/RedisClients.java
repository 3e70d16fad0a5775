package com.decisionsuite.worker.redis;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.resource.ClientResources;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.decisionsuite.worker.stream.StreamProperties;

/**
 * Plain Lettuce connections for the worker: the blocking stream reads need connections of their own, and
 * Lettuce reconnects (and re-subscribes) by itself after a Redis restart. Standalone Redis only.
 */
@Configuration(proxyBeanMethods = false)
public class RedisClients {

    @Bean(destroyMethod = "shutdown")
    RedisClient workerRedisClient(DataRedisConnectionDetails details, ClientResources resources,
            StreamProperties streams) {
        DataRedisConnectionDetails.Standalone standalone = details.getStandalone();
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(standalone.getHost())
                .withPort(standalone.getPort())
                .withDatabase(standalone.getDatabase())
                .withTimeout(streams.block().plus(Duration.ofSeconds(5)));
        if (details.getPassword() != null) {
            if (details.getUsername() != null) {
                uri.withAuthentication(details.getUsername(), details.getPassword().toCharArray());
            }
            else {
                uri.withPassword(details.getPassword().toCharArray());
            }
        }
        RedisClient client = RedisClient.create(resources, uri.build());
        client.setOptions(ClientOptions.builder()
                // RESP3: Lettuce 7.1-7.5 folds several XREADGROUP entries into one message on RESP2 (lettuce#3800).
                .protocolVersion(ProtocolVersion.RESP3)
                .autoReconnect(true)
                // Fail fast while disconnected: the loops back off and report the stall instead of queueing.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(3)).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled())
                .build());
        return client;
    }

    /** Shared by every non-blocking command; Lettuce connections are thread-safe. */
    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, String> workerRedisConnection(RedisClient workerRedisClient) {
        return workerRedisClient.connect();
    }
}
