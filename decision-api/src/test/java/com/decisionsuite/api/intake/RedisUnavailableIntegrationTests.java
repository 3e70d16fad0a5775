package com.decisionsuite.api.intake;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.decisionsuite.api.intake.IntakeHttp.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Redis unreachable (a port nothing listens on; the shared server is never touched) intake answers 503 with
 * Retry-After, never 202, and the service still starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisUnavailableIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void unreachableRedis(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.data.redis.port", () -> closedPort);
    }

    @Test
    void answersServiceUnavailableWithRetryAfterForASingleTask() {
        assertUnavailable(new IntakeHttp(this.port).post("/v1/tasks", IntakeHttp.task("down-1", "tracking")));
    }

    @Test
    void answersServiceUnavailableWithRetryAfterForABatch() {
        assertUnavailable(new IntakeHttp(this.port).post("/v1/tasks/batch",
                Map.of("tasks", List.of(IntakeHttp.task("down-2", "tracking"), IntakeHttp.task("down-3", "cart-verification")))));
    }

    @Test
    void answersServiceUnavailableRatherThanNotFoundForTheStatusOfAQueuedTask() {
        assertUnavailable(new IntakeHttp(this.port).get("/v1/tasks/down-4"));
    }

    @Test
    void stillRejectsInvalidInputWithoutNeedingRedis() {
        assertThat(new IntakeHttp(this.port).post("/v1/tasks", "{").status()).isEqualTo(400);
    }

    private static void assertUnavailable(Reply reply) {
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").stringValue()).isEqualTo("https://decisionsuite.dev/problems/unavailable");
    }
}
