package com.decisionsuite.config.reload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import com.decisionsuite.config.version.ConfigReader;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.ThresholdsChanged;
import com.decisionsuite.model.WireCodec;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ConfigServiceIntegrationTest
class HotReloadIntegrationTests {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    LettuceConnectionFactory redisConnections;

    @Autowired
    CachePublisher publisher;

    @Autowired
    ConfigReader reader;

    @Autowired
    MeterRegistry meters;

    ConfigApi api;

    RedisClient subscriberClient;

    StatefulRedisPubSubConnection<String, String> subscriber;

    /** Announcements as they arrived, with the arrival time; the channel is global, so tests filter by scope. */
    final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();

    record Arrival(long nanos, ThresholdsChanged change) {
    }

    @BeforeEach
    void subscribe() {
        this.api = new ConfigApi(this.port);
        this.subscriberClient = RedisClient.create(RedisURI.create(this.redisConnections.getHostName(),
                this.redisConnections.getPort()));
        this.subscriber = this.subscriberClient.connectPubSub();
        this.subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                HotReloadIntegrationTests.this.arrivals
                        .add(new Arrival(System.nanoTime(), WireCodec.read(message, ThresholdsChanged.class)));
            }
        });
        this.subscriber.sync().subscribe(TaskStreams.CONFIG_CHANGES_CHANNEL);
    }

    @AfterEach
    void unsubscribe() {
        this.subscriber.close();
        this.subscriberClient.shutdown();
    }

    @Test
    void cachesTheNewVersionAndAnnouncesItOnceThePutReturns() {
        String store = Bodies.freshStore("reload");
        String path = "/v1/configs/" + store + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.93, "first"), Map.of()).etag();

        ConfigApi.Answer answer = this.api.put(path, Bodies.valid(0.97, "second"), Map.of("If-Match", etag));

        assertThat(answer.status()).isEqualTo(200);
        await().atMost(BOUND).untilAsserted(() -> assertThat(announced(store, ServiceType.TRACKING))
                .contains(new ThresholdsChanged(store, ServiceType.TRACKING, 2)));
        ThresholdConfig cached = cached(TaskStreams.storeConfigKey(store, ServiceType.TRACKING));
        assertThat(cached.version()).isEqualTo(2);
        assertThat(cached.acceptThreshold()).isEqualTo(0.97);
        assertThat(cached.updatedBy()).isEqualTo(ConfigApi.ACTOR);
        assertThat(this.redis.getExpire(TaskStreams.storeConfigKey(store, ServiceType.TRACKING))).isPositive();
    }

    @Test
    void measuresTheTimeFromPutReturnToAnnouncement() {
        String store = Bodies.freshStore("latency");
        String path = "/v1/configs/" + store + "/product-recognition";
        String etag = null;
        List<Double> fromReturnMillis = new ArrayList<>();
        List<Double> roundTripMillis = new ArrayList<>();
        for (int version = 1; version <= 30; version++) {
            Map<String, String> headers = etag == null ? Map.of() : Map.of("If-Match", etag);
            long sent = System.nanoTime();
            ConfigApi.Answer answer = this.api.put(path, Bodies.valid(0.90 + version / 1000.0, "latency run"), headers);
            long returned = System.nanoTime();
            etag = answer.etag();
            int expected = version;
            Arrival arrival = await().atMost(BOUND).until(() -> arrivalOf(store, expected), a -> a != null);
            fromReturnMillis.add((arrival.nanos() - returned) / 1e6);
            roundTripMillis.add((returned - sent) / 1e6);
        }
        Collections.sort(fromReturnMillis);
        Collections.sort(roundTripMillis);
        System.out.printf("config hot reload over 30 PUTs: announcement arrival relative to PUT return "
                + "p50 %.2f ms, p99 %.2f ms, max %.2f ms (negative: already there when the PUT returned); "
                + "PUT round trip p50 %.2f ms, p99 %.2f ms%n", percentile(fromReturnMillis, 50),
                percentile(fromReturnMillis, 99), fromReturnMillis.get(29), percentile(roundTripMillis, 50),
                percentile(roundTripMillis, 99));
        assertThat(fromReturnMillis).hasSize(30);
    }

    @Test
    void cachesNoneWhenAStoreOverrideIsRemoved() {
        String store = Bodies.freshStore("reload-remove");
        String path = "/v1/configs/" + store + "/tracking";
        String etag = this.api.put(path, Bodies.valid(0.93, "first"), Map.of()).etag();

        this.api.delete(path, Map.of("reason", "back to default"), Map.of("If-Match", etag));

        assertThat(this.redis.opsForValue().get(TaskStreams.storeConfigKey(store, ServiceType.TRACKING)))
                .isEqualTo("none");
        await().atMost(BOUND).untilAsserted(() -> assertThat(announced(store, ServiceType.TRACKING))
                .contains(new ThresholdsChanged(store, ServiceType.TRACKING, 2)));
    }

    @Test
    void refreshesTheDefaultEntryWhenADefaultChanges() {
        String path = "/v1/configs/_defaults/product-recognition";
        ConfigApi.Answer current = this.api.get(path);
        Map<String, Object> body = Bodies.valid(current.body().get("acceptThreshold").asDouble(), "re-affirm");
        body.put("rejectThreshold", null);

        int version = this.api.put(path, body, Map.of("If-Match", current.etag())).body().get("version").asInt();

        assertThat(cached(TaskStreams.defaultConfigKey(ServiceType.PRODUCT_RECOGNITION)).version()).isEqualTo(version);
    }

    @Test
    void publishesEveryStoreOfABulkChange() {
        List<String> stores = List.of(Bodies.freshStore("reload-bulk"), Bodies.freshStore("reload-bulk"));
        Map<String, Object> body = Bodies.valid(0.95, "bulk");
        body.put("serviceType", "tracking");
        body.put("storeIds", stores);

        this.api.post("/v1/configs:bulk", body, Map.of());

        for (String store : stores) {
            assertThat(cached(TaskStreams.storeConfigKey(store, ServiceType.TRACKING)).acceptThreshold()).isEqualTo(0.95);
        }
    }

    @Test
    void neverOverwritesANewerCachedVersionWithAnOlderOne() {
        String store = Bodies.freshStore("reload-order");
        String path = "/v1/configs/" + store + "/tracking";
        String key = TaskStreams.storeConfigKey(store, ServiceType.TRACKING);
        String v1 = this.api.put(path, Bodies.valid(0.93, "first"), Map.of()).etag();
        String v2 = this.api.put(path, Bodies.valid(0.94, "second"), Map.of("If-Match", v1)).etag();

        this.publisher.publish(CacheEntry.of(this.reader.version(store, ServiceType.TRACKING, 1)));
        assertThat(cached(key).version()).isEqualTo(2);

        this.api.delete(path, Map.of("reason", "remove"), Map.of("If-Match", v2));
        this.publisher.publish(CacheEntry.of(this.reader.version(store, ServiceType.TRACKING, 2)));
        assertThat(this.redis.opsForValue().get(key)).isEqualTo("none");
    }

    @Test
    void countsEveryCommittedChangeByServiceTypeAndAction() {
        String path = "/v1/configs/" + Bodies.freshStore("metrics") + "/action-recognition";
        double before = rollbacks();
        String etag = this.api.put(path, Bodies.valid(0.93, "first"), Map.of()).etag();
        this.api.put(path, Bodies.valid(0.95, "second"), Map.of("If-Match", etag));

        this.api.post(path + "/rollback", Map.of("toVersion", 1, "reason", "undo"), Map.of());

        assertThat(rollbacks()).isEqualTo(before + 1);
    }

    private double rollbacks() {
        var counter = this.meters.find("decision.config.changes").tag("service_type", "action-recognition")
                .tag("action", "rollback").counter();
        return counter == null ? 0 : counter.count();
    }

    private ThresholdConfig cached(String key) {
        String json = this.redis.opsForValue().get(key);
        assertThat(json).as("cache entry " + key).isNotNull();
        return WireCodec.read(json, ThresholdConfig.class);
    }

    private List<ThresholdsChanged> announced(String scope, ServiceType type) {
        return this.arrivals.stream().map(Arrival::change)
                .filter(c -> c.scope().equals(scope) && c.serviceType() == type).toList();
    }

    private Arrival arrivalOf(String scope, int version) {
        return this.arrivals.stream().filter(a -> a.change().scope().equals(scope) && a.change().version() == version)
                .findFirst().orElse(null);
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
