package com.decisionsuite.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigApi.Answer;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ConfigServiceIntegrationTest
class ListingIntegrationTests {

    private static final String REVIEW_ALL_ACTIONS = "/v1/configs?serviceType=action-recognition&mode=REVIEW_ALL";

    @LocalServerPort
    int port;

    ConfigApi api;

    @BeforeEach
    void client() {
        this.api = new ConfigApi(this.port);
    }

    @Test
    void pagesThroughStoreOverridesMatchingTheFilters() {
        long before = this.api.get(REVIEW_ALL_ACTIONS).body().get("totalItems").asLong();
        List<String> reviewAll = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String store = Bodies.freshStore("list-r" + i);
            reviewAll.add(store);
            this.api.put("/v1/configs/" + store + "/action-recognition", reviewAllBody(), Map.of());
        }
        String auto = Bodies.freshStore("list-auto");
        this.api.put("/v1/configs/" + auto + "/action-recognition", Bodies.valid(0.9, "auto"), Map.of());
        String otherType = Bodies.freshStore("list-type");
        this.api.put("/v1/configs/" + otherType + "/tracking", reviewAllBody(), Map.of());

        List<JsonNode> items = new ArrayList<>();
        Answer page = this.api.get(REVIEW_ALL_ACTIONS + "&size=2&page=0");
        long total = page.body().get("totalItems").asLong();
        int pages = page.body().get("totalPages").asInt();
        for (int p = 0; p < pages; p++) {
            JsonNode body = this.api.get(REVIEW_ALL_ACTIONS + "&size=2&page=" + p).body();
            assertThat(body.get("items").size()).isLessThanOrEqualTo(2);
            body.get("items").forEach(items::add);
        }

        assertThat(total).isEqualTo(before + 5);
        assertThat(items).hasSize((int) total);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("serviceType").asString()).isEqualTo("action-recognition");
            assertThat(item.get("mode").asString()).isEqualTo("REVIEW_ALL");
        });
        Set<String> stores = new HashSet<>();
        items.forEach(item -> stores.add(item.get("storeId").asString()));
        assertThat(stores).hasSize(items.size()).containsAll(reviewAll).doesNotContain(auto, otherType);
    }

    @Test
    void leavesOutRemovedOverrides() {
        String store = Bodies.freshStore("list-removed");
        String path = "/v1/configs/" + store + "/action-recognition";
        long before = this.api.get(REVIEW_ALL_ACTIONS).body().get("totalItems").asLong();
        String etag = this.api.put(path, reviewAllBody(), Map.of()).etag();
        this.api.delete(path, Map.of("reason", "done"), Map.of("If-Match", etag));

        assertThat(this.api.get(REVIEW_ALL_ACTIONS).body().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    void answers400NamingAnInvalidFilter() {
        assertThat(this.api.get("/v1/configs?serviceType=teleportation").body().get("field").asString())
                .isEqualTo("serviceType");
        assertThat(this.api.get("/v1/configs?mode=SOMETIMES").status()).isEqualTo(400);
        assertThat(this.api.get("/v1/configs?size=1000").body().get("field").asString()).isEqualTo("size");
        assertThat(this.api.get("/v1/configs?page=abc").body().get("field").asString()).isEqualTo("page");
    }

    private static Map<String, Object> reviewAllBody() {
        Map<String, Object> body = Bodies.valid(0.9, "new store: humans review everything first");
        body.put("mode", "REVIEW_ALL");
        return body;
    }
}
