package com.decisionsuite.config;

import java.time.Duration;
import java.util.Map;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigApi.Answer;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import com.decisionsuite.config.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MySQL unreachable (a cut proxy between the app and the shared server): 503 with Retry-After, and recovery once
 * the connection is back.
 */
@ConfigServiceIntegrationTest
class MysqlOutageIntegrationTests {

    static final TcpProxy PROXY = new TcpProxy("127.0.0.1", 3306);

    @DynamicPropertySource
    static void throughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + PROXY.port()
                + "/decisions_test_config?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&connectTimeout=1000&socketTimeout=5000");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void closeProxy() {
        PROXY.close();
    }

    @Test
    void answers503WithRetryAfterWhileMysqlIsUnreachableAndRecovers() {
        ConfigApi api = new ConfigApi(this.port);
        String path = "/v1/configs/" + Bodies.freshStore("mysql-down") + "/tracking";
        assertThat(api.get(path).status()).isEqualTo(200);

        PROXY.cut();
        try {
            Answer read = api.get(path);
            Answer write = api.put(path, Bodies.valid(0.95, "during outage"), Map.of());

            assertThat(read.status()).isEqualTo(503);
            assertThat(read.header("Retry-After")).isEqualTo("5");
            assertThat(read.body().get("type").asString()).isEqualTo("https://decisionsuite.dev/problems/unavailable");
            assertThat(write.status()).isEqualTo(503);
        }
        finally {
            PROXY.restore();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get(path).status()).isEqualTo(200));
        assertThat(api.get(path).body().get("source").asString()).isEqualTo("default");
    }
}
