package com.decisionsuite.config;

import java.util.Map;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigApi.Answer;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ConfigServiceIntegrationTest
class EffectiveConfigIntegrationTests {

    @LocalServerPort
    int port;

    ConfigApi api;

    @BeforeEach
    void client() {
        this.api = new ConfigApi(this.port);
    }

    @Test
    void fallsBackToTheServiceTypeDefaultWhenTheStoreHasNoOverride() {
        Answer defaults = this.api.get("/v1/configs/_defaults/tracking");
        String store = Bodies.freshStore("fallback");

        Answer effective = this.api.get("/v1/configs/" + store + "/tracking");

        assertThat(effective.status()).isEqualTo(200);
        assertThat(effective.body().get("source").asString()).isEqualTo("default");
        assertThat(effective.body().get("storeId").asString()).isEqualTo(store);
        assertThat(effective.body().get("version").asInt()).isEqualTo(defaults.body().get("version").asInt());
        assertThat(effective.body().get("acceptThreshold").asDouble())
                .isEqualTo(defaults.body().get("acceptThreshold").asDouble());
        assertThat(effective.body().get("updatedBy").asString()).isNotBlank();
        assertThat(effective.body().get("updatedAt").asString()).isNotBlank();
        assertThat(effective.etag()).isEqualTo("\"default-" + defaults.body().get("version").asInt() + "\"");
        assertThat(defaults.etag()).isEqualTo("\"" + defaults.body().get("version").asInt() + "\"");
    }

    @Test
    void showsTheStoresOwnVersionOnceItHasOne() {
        String store = Bodies.freshStore("own");
        this.api.put("/v1/configs/" + store + "/tracking", Bodies.valid(0.95, "pilot store"), Map.of());

        Answer effective = this.api.get("/v1/configs/" + store + "/tracking");

        assertThat(effective.body().get("source").asString()).isEqualTo("store");
        assertThat(effective.body().get("version").asInt()).isEqualTo(1);
        assertThat(effective.body().get("acceptThreshold").asDouble()).isEqualTo(0.95);
        assertThat(effective.body().get("reviewDeadline").asString()).isEqualTo("PT10M");
        assertThat(effective.body().get("updatedBy").asString()).isEqualTo(ConfigApi.ACTOR);
        assertThat(effective.body().get("reason").asString()).isEqualTo("pilot store");
        assertThat(effective.etag()).isEqualTo("\"1\"");
    }

    @Test
    void listsEveryServiceTypeOfAStoreWithItsSource() {
        String store = Bodies.freshStore("all");
        this.api.put("/v1/configs/" + store + "/cart-verification", Bodies.validCart(0.99, "cart pilot"), Map.of());

        Answer all = this.api.get("/v1/configs/" + store);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("configs")).hasSize(4);
        assertThat(all.body().get("configs").valueStream()
                .filter(c -> c.get("source").asString().equals("store"))
                .map(c -> c.get("serviceType").asString())).containsExactly("cart-verification");
    }

    @Test
    void answersNotFoundNamingTheSegmentForAnUnknownServiceType() {
        Answer answer = this.api.get("/v1/configs/store-1/teleportation");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString())
                .isEqualTo("https://decisionsuite.dev/problems/unknown-service-type");
        assertThat(answer.body().get("field").asString()).isEqualTo("serviceType");
    }

    @Test
    void answersNotFoundForAStoreIdOutsideTheGrammar() {
        Answer answer = this.api.get("/v1/configs/-bad!id/tracking");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("field").asString()).isEqualTo("storeId");
    }

    @Test
    void describesTheApiAsOpenApi() {
        Answer docs = this.api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").propertyNames()).contains("/v1/configs/{storeId}/{serviceType}",
                "/v1/configs/{storeId}/{serviceType}/history", "/v1/configs/{storeId}/{serviceType}/rollback",
                "/v1/configs:bulk", "/v1/configs", "/v1/configs/{storeId}");
    }
}
