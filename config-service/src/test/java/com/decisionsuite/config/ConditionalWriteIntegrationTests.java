package com.decisionsuite.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
class ConditionalWriteIntegrationTests {

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
    void createsAStoresFirstOverrideWithoutIfMatch() {
        String path = "/v1/configs/" + Bodies.freshStore("first") + "/tracking";

        Answer created = this.api.put(path, Bodies.valid(0.93, "first override"), Map.of());

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body().get("version").asInt()).isEqualTo(1);
        assertThat(created.body().get("source").asString()).isEqualTo("store");
        assertThat(created.etag()).isEqualTo("\"1\"");
    }

    @Test
    void createsTheNextVersionWhenIfMatchIsCurrent() {
        String path = "/v1/configs/" + Bodies.freshStore("next") + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.93, "first"), Map.of()).etag();

        Answer next = this.api.put(path, Bodies.valid(0.96, "tighter"), Map.of("If-Match", etag));

        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("version").asInt()).isEqualTo(2);
        assertThat(next.body().get("acceptThreshold").asDouble()).isEqualTo(0.96);
        assertThat(next.etag()).isEqualTo("\"2\"");
        assertThat(this.api.get(path).body().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAStaleIfMatchAndWritesNothing() {
        String store = Bodies.freshStore("stale");
        String path = "/v1/configs/" + store + "/tracking";
        String first = this.api.put(path, Bodies.valid(0.93, "first"), Map.of()).etag();
        this.api.put(path, Bodies.valid(0.94, "second"), Map.of("If-Match", first));

        Answer stale = this.api.put(path, Bodies.valid(0.99, "based on version 1"), Map.of("If-Match", first));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("type").asString()).isEqualTo("https://decisionsuite.dev/problems/precondition-failed");
        assertThat(versionsOf(store)).isEqualTo(2);
        assertThat(this.api.get(path).body().get("acceptThreshold").asDouble()).isEqualTo(0.94);
    }

    @Test
    void requiresIfMatchToChangeAnExistingConfiguration() {
        String store = Bodies.freshStore("required");
        String path = "/v1/configs/" + store + "/tracking";
        this.api.put(path, Bodies.valid(0.93, "first"), Map.of());

        Answer missing = this.api.put(path, Bodies.valid(0.99, "no precondition"), Map.of());

        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().get("field").asString()).isEqualTo("If-Match");
        assertThat(versionsOf(store)).isEqualTo(1);
    }

    @Test
    void requiresIfMatchToChangeAServiceTypeDefault() {
        Answer missing = this.api.put("/v1/configs/_defaults/action-recognition",
                Bodies.valid(0.9, "no precondition"), Map.of());

        assertThat(missing.status()).isEqualTo(428);
    }

    @Test
    void changesAServiceTypeDefaultWithIfMatch() {
        String path = "/v1/configs/_defaults/action-recognition";
        Answer before = this.api.get(path);
        Map<String, Object> body = Bodies.valid(before.body().get("acceptThreshold").asDouble(), "re-affirm default");
        body.put("rejectThreshold", null);

        Answer changed = this.api.put(path, body, Map.of("If-Match", before.etag()));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("source").asString()).isEqualTo("default");
        assertThat(changed.body().get("version").asInt()).isEqualTo(before.body().get("version").asInt() + 1);
    }

    @Test
    void refusesIfNoneMatchStarOnceAnOverrideExists() {
        String path = "/v1/configs/" + Bodies.freshStore("nonematch") + "/tracking";
        assertThat(this.api.put(path, Bodies.valid(0.93, "create"), Map.of("If-None-Match", "*")).status())
                .isEqualTo(200);

        Answer again = this.api.put(path, Bodies.valid(0.95, "create again"), Map.of("If-None-Match", "*"));

        assertThat(again.status()).isEqualTo(412);
    }

    @Test
    void refusesAnIfMatchTakenFromTheDefaultOnceTheStoreHasAnOverride() {
        String path = "/v1/configs/" + Bodies.freshStore("sawdefault") + "/tracking";
        String defaultTag = this.api.get(path).etag();
        this.api.put(path, Bodies.valid(0.93, "someone else creates it"), Map.of());

        Answer blind = this.api.put(path, Bodies.valid(0.99, "based on the default"), Map.of("If-Match", defaultTag));

        assertThat(defaultTag).startsWith("\"default-");
        assertThat(blind.status()).isEqualTo(412);
    }

    @Test
    void requiresTheActorHeaderOnChanges() {
        String store = Bodies.freshStore("anonymous");

        Answer anonymous = this.api.put("/v1/configs/" + store + "/tracking", Bodies.valid(0.93, "who?"),
                Map.of("no-actor", ""));

        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.body().get("field").asString()).isEqualTo("X-Actor");
        assertThat(versionsOf(store)).isZero();
    }

    @Test
    void letsExactlyOneOfConcurrentWritersWithTheSameIfMatchWin() throws Exception {
        String store = Bodies.freshStore("race");
        String path = "/v1/configs/" + store + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.9, "base"), Map.of()).etag();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            double threshold = 0.91 + i * 0.01;
            statuses.add(pool.submit(() -> {
                start.await();
                return this.api.put(path, Bodies.valid(threshold, "racer"), Map.of("If-Match", etag)).status();
            }));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertThat(answers).containsOnly(200, 412);
        assertThat(answers).filteredOn(s -> s == 200).hasSize(1);
        assertThat(versionsOf(store)).isEqualTo(2);
    }

    private int versionsOf(String store) {
        return this.jdbc.queryForObject("select count(*) from threshold_config where scope = ?", Integer.class, store);
    }
}
