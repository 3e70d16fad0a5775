package com.decisionsuite.config;

import java.time.Instant;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ConfigServiceIntegrationTest
class HistoryIntegrationTests {

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
    void showsWhoWhenWhyAndTheDiffOfEveryVersion() {
        String path = "/v1/configs/" + Bodies.freshStore("history") + "/tracking";
        Instant before = Instant.now().minusSeconds(1);
        String etag = this.api.put(path, Bodies.valid(0.93, "pilot launch"), Map.of()).etag();
        Map<String, Object> stricter = Bodies.valid(0.96, "too many wrong charges last week");
        stricter.put("mode", "REVIEW_ALL");
        this.api.put(path, stricter, Map.of("If-Match", etag, "X-Actor", "ops-bob"));

        JsonNode versions = this.api.get(path + "/history").body().get("versions");

        assertThat(versions).hasSize(2);
        JsonNode latest = versions.get(0);
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("updatedBy").asString()).isEqualTo("ops-bob");
        assertThat(latest.get("reason").asString()).isEqualTo("too many wrong charges last week");
        assertThat(latest.get("change").asString()).isEqualTo("update");
        assertThat(Instant.parse(latest.get("updatedAt").asString())).isAfter(before);
        assertThat(latest.get("diff").valueStream().map(d -> d.get("field").asString() + ":"
                + d.get("from").asString() + "->" + d.get("to").asString()))
                .containsExactly("acceptThreshold:0.93->0.96", "mode:AUTO->REVIEW_ALL");
        JsonNode first = versions.get(1);
        assertThat(first.get("updatedBy").asString()).isEqualTo(ConfigApi.ACTOR);
        assertThat(first.get("reason").asString()).isEqualTo("pilot launch");
        assertThat(first.get("diff").valueStream().map(d -> d.get("field").asString())).contains("acceptThreshold",
                "minMargin", "mode", "auditSampleRate", "reviewDeadline");
    }

    @Test
    void rollsBackAsANewVersionEqualToTheTarget() {
        String path = "/v1/configs/" + Bodies.freshStore("rollback") + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.93, "good"), Map.of()).etag();
        Map<String, Object> bad = Bodies.valid(0.80, "experiment");
        bad.put("minMargin", 0.02);
        this.api.put(path, bad, Map.of("If-Match", etag));

        Answer rolledBack = this.api.post(path + "/rollback", Map.of("toVersion", 1, "reason", "experiment failed"),
                Map.of());

        assertThat(rolledBack.status()).isEqualTo(200);
        assertThat(rolledBack.body().get("version").asInt()).isEqualTo(3);
        assertThat(rolledBack.etag()).isEqualTo("\"3\"");
        Answer effective = this.api.get(path);
        assertThat(effective.body().get("acceptThreshold").asDouble()).isEqualTo(0.93);
        assertThat(effective.body().get("minMargin").asDouble()).isEqualTo(0.1);
        JsonNode entry = this.api.get(path + "/history").body().get("versions").get(0);
        assertThat(entry.get("change").asString()).isEqualTo("rollback");
        assertThat(entry.get("restoredVersion").asInt()).isEqualTo(1);
        assertThat(entry.get("reason").asString()).isEqualTo("experiment failed");
        assertThat(entry.get("diff").valueStream().map(d -> d.get("field").asString()))
                .containsExactly("acceptThreshold", "minMargin");
    }

    @Test
    void refusesRollbackToAVersionThatDoesNotExist() {
        String store = Bodies.freshStore("rollback-missing");
        String path = "/v1/configs/" + store + "/tracking";
        this.api.put(path, Bodies.valid(0.93, "only version"), Map.of());

        Answer answer = this.api.post(path + "/rollback", Map.of("toVersion", 7, "reason", "typo"), Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().get("field").asString()).isEqualTo("toVersion");
        assertThat(versionsOf(store)).isEqualTo(1);
    }

    @Test
    void removingAnOverrideRecordsAVersionAndFallsBackToTheDefault() {
        String store = Bodies.freshStore("remove");
        String path = "/v1/configs/" + store + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.99, "temporary"), Map.of()).etag();
        int defaultVersion = this.api.get("/v1/configs/_defaults/tracking").body().get("version").asInt();

        Answer removed = this.api.delete(path, Map.of("reason", "pilot over"), Map.of("If-Match", etag));

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().get("removedInVersion").asInt()).isEqualTo(2);
        Answer effective = this.api.get(path);
        assertThat(effective.body().get("source").asString()).isEqualTo("default");
        assertThat(effective.body().get("version").asInt()).isEqualTo(defaultVersion);
        assertThat(effective.etag()).isEqualTo("\"default-" + defaultVersion + "\"");
        JsonNode entry = this.api.get(path + "/history").body().get("versions").get(0);
        assertThat(entry.get("removed").asBoolean()).isTrue();
        assertThat(entry.get("change").asString()).isEqualTo("delete");
        assertThat(entry.get("reason").asString()).isEqualTo("pilot over");
        assertThat(entry.get("values").isNull()).isTrue();
    }

    @Test
    void recreatesAnOverrideAfterRemovalAsTheNextVersion() {
        String path = "/v1/configs/" + Bodies.freshStore("recreate") + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.99, "temporary"), Map.of()).etag();
        this.api.delete(path, Map.of("reason", "pilot over"), Map.of("If-Match", etag));

        Answer again = this.api.put(path, Bodies.valid(0.97, "pilot again"), Map.of());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("version").asInt()).isEqualTo(3);
        assertThat(again.body().get("source").asString()).isEqualTo("store");
    }

    @Test
    void requiresIfMatchToRemoveAnOverride() {
        String store = Bodies.freshStore("remove-428");
        String path = "/v1/configs/" + store + "/tracking";
        this.api.put(path, Bodies.valid(0.99, "keep"), Map.of());

        Answer answer = this.api.delete(path, Map.of("reason", "blind removal"), Map.of());

        assertThat(answer.status()).isEqualTo(428);
        assertThat(versionsOf(store)).isEqualTo(1);
    }

    @Test
    void answersNotFoundWhenThereIsNoOverrideToRemove() {
        Answer answer = this.api.delete("/v1/configs/" + Bodies.freshStore("nothing") + "/tracking",
                Map.of("reason", "cleanup"), Map.of());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asString())
                .isEqualTo("https://decisionsuite.dev/problems/no-store-override");
    }

    @Test
    void refusesToRemoveAServiceTypeDefault() {
        Answer answer = this.api.delete("/v1/configs/_defaults/tracking", Map.of("reason", "no"), Map.of());

        assertThat(answer.status()).isEqualTo(405);
    }

    private int versionsOf(String store) {
        return this.jdbc.queryForObject("select count(*) from threshold_config where scope = ?", Integer.class, store);
    }
}
