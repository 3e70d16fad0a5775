package com.decisionsuite.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigApi.Answer;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import com.decisionsuite.config.support.FreePort;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.WireCodec;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis is a cache: with nothing listening on the configured Redis port, changes still commit and answer 200;
 * once a Redis appears there (a private one, never the shared server), the failed publication is retried.
 */
@ConfigServiceIntegrationTest
class RedisDownIntegrationTests {

    static final int REDIS_PORT = FreePort.find();

    @DynamicPropertySource
    static void deadRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", () -> REDIS_PORT);
        registry.add("spring.data.redis.database", () -> 0);
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void commitsAndAnswers200WhileRedisIsDownThenPublishesOnceRedisIsBack() throws Exception {
        ConfigApi api = new ConfigApi(this.port);
        String store = Bodies.freshStore("redis-down");
        String path = "/v1/configs/" + store + "/tracking";
        double failuresBefore = this.meters.counter("decision.config.publish.failures").count();

        Answer answer = api.put(path, Bodies.valid(0.95, "while redis is down"), Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("version").asInt()).isEqualTo(1);
        assertThat(api.get(path).body().get("source").asString()).isEqualTo("store");
        assertThat(this.meters.counter("decision.config.publish.failures").count()).isEqualTo(failuresBefore + 1);

        Process redis = startPrivateRedis();
        RedisClient client = RedisClient.create(RedisURI.create("127.0.0.1", REDIS_PORT));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            String key = TaskStreams.storeConfigKey(store, ServiceType.TRACKING);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String json = connection.sync().get(key);
                assertThat(json).isNotNull();
                assertThat(WireCodec.read(json, ThresholdConfig.class).version()).isEqualTo(1);
            });
        }
        finally {
            client.shutdown();
            redis.destroy();
        }
    }

    private static Process startPrivateRedis() throws IOException {
        Path dir = Files.createTempDirectory("config-redis");
        Process process = new ProcessBuilder("redis-server", "--port", String.valueOf(REDIS_PORT), "--bind",
                "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
        RedisClient probe = RedisClient.create(RedisURI.create("127.0.0.1", REDIS_PORT));
        try {
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                try (StatefulRedisConnection<String, String> connection = probe.connect()) {
                    return "PONG".equals(connection.sync().ping());
                }
            });
        }
        finally {
            probe.shutdown();
        }
        return process;
    }
}
