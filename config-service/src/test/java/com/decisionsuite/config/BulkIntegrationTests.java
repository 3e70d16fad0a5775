package com.decisionsuite.config;

import java.util.List;
import java.util.Map;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigApi.Answer;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ConfigServiceIntegrationTest
class BulkIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ConfigApi api;

    @BeforeEach
    void client() {
        this.api = new ConfigApi(this.port);
    }

    @Test
    void appliesOneChangeToEveryListedStore() {
        String existing = Bodies.freshStore("bulk-a");
        String fresh = Bodies.freshStore("bulk-b");
        this.api.put("/v1/configs/" + existing + "/tracking", Bodies.valid(0.93, "own"), Map.of());

        Answer answer = this.api.post("/v1/configs:bulk", bulk(List.of(existing, fresh)), Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("stores").valueStream()
                .map(s -> s.get("storeId").asString() + "@" + s.get("version").asInt()))
                .containsExactly(existing + "@2", fresh + "@1");
        for (String store : List.of(existing, fresh)) {
            Answer effective = this.api.get("/v1/configs/" + store + "/tracking");
            assertThat(effective.body().get("acceptThreshold").asDouble()).isEqualTo(0.97);
            assertThat(effective.body().get("reason").asString()).isEqualTo("holiday season");
        }
        assertThat(this.api.get("/v1/configs/" + fresh + "/tracking/history").body().get("versions").get(0)
                .get("change").asString()).isEqualTo("bulk");
    }

    @Test
    void writesNothingWhenOneStoreIdIsInvalid() {
        String good1 = Bodies.freshStore("bulk-ok1");
        String good2 = Bodies.freshStore("bulk-ok2");
        long rowsBefore = rows();

        Answer answer = this.api.post("/v1/configs:bulk", bulk(List.of(good1, "_not a store", good2)), Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("field").asString()).isEqualTo("storeIds[1]");
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(this.api.get("/v1/configs/" + good1 + "/tracking").body().get("source").asString())
                .isEqualTo("default");
    }

    @Test
    void writesNothingWhenAValueIsInvalid() {
        long rowsBefore = rows();
        Map<String, Object> body = bulk(List.of(Bodies.freshStore("bulk-v1"), Bodies.freshStore("bulk-v2")));
        body.put("minMargin", 1.5);

        Answer answer = this.api.post("/v1/configs:bulk", body, Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("field").asString()).isEqualTo("minMargin");
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void refusesAStoreListedTwice() {
        String store = Bodies.freshStore("bulk-twice");
        long rowsBefore = rows();

        Answer answer = this.api.post("/v1/configs:bulk", bulk(List.of(store, store)), Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("field").asString()).isEqualTo("storeIds[1]");
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void refusesAnUnknownServiceType() {
        Map<String, Object> body = bulk(List.of(Bodies.freshStore("bulk-type")));
        body.put("serviceType", "teleportation");

        Answer answer = this.api.post("/v1/configs:bulk", body, Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("field").asString()).isEqualTo("serviceType");
    }

    private static Map<String, Object> bulk(List<String> storeIds) {
        Map<String, Object> body = Bodies.valid(0.97, "holiday season");
        body.put("serviceType", "tracking");
        body.put("storeIds", storeIds);
        return body;
    }

    private long rows() {
        return this.jdbc.queryForObject("select count(*) from threshold_config", Long.class);
    }
}
