package com.decisionsuite.config;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.decisionsuite.config.support.Bodies;
import com.decisionsuite.config.support.ConfigApi;
import com.decisionsuite.config.support.ConfigApi.Answer;
import com.decisionsuite.config.support.ConfigServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@ConfigServiceIntegrationTest
class InvalidBodiesIntegrationTests {

    private static final String VALID_JSON = ConfigApi.json(Bodies.valid(0.9, "valid"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ConfigApi api;

    @BeforeEach
    void client() {
        this.api = new ConfigApi(this.port);
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments("acceptThreshold missing", "tracking", without("acceptThreshold"), "acceptThreshold"),
                arguments("acceptThreshold null", "tracking", with("acceptThreshold", null), "acceptThreshold"),
                arguments("acceptThreshold above 1", "tracking", with("acceptThreshold", 1.01), "acceptThreshold"),
                arguments("acceptThreshold zero", "tracking", with("acceptThreshold", 0.0), "acceptThreshold"),
                arguments("acceptThreshold negative", "tracking", with("acceptThreshold", -0.5), "acceptThreshold"),
                arguments("acceptThreshold a word", "tracking", with("acceptThreshold", "high"), "acceptThreshold"),
                arguments("acceptThreshold a numeric string", "tracking", with("acceptThreshold", "0.9"),
                        "acceptThreshold"),
                arguments("acceptThreshold a boolean", "tracking", with("acceptThreshold", true), "acceptThreshold"),
                arguments("acceptThreshold overflowing", "tracking",
                        VALID_JSON.replace("\"acceptThreshold\":0.9", "\"acceptThreshold\":1e400"), "acceptThreshold"),
                arguments("rejectThreshold negative", "tracking", with("rejectThreshold", -0.1), "rejectThreshold"),
                arguments("rejectThreshold equal to accept", "tracking", with("rejectThreshold", 0.9),
                        "rejectThreshold"),
                arguments("rejectThreshold above accept", "tracking", with("rejectThreshold", 0.95), "rejectThreshold"),
                arguments("rejectThreshold a word", "tracking", with("rejectThreshold", "none"), "rejectThreshold"),
                arguments("minMargin missing", "tracking", without("minMargin"), "minMargin"),
                arguments("minMargin of 1", "tracking", with("minMargin", 1.0), "minMargin"),
                arguments("minMargin negative", "tracking", with("minMargin", -0.01), "minMargin"),
                arguments("mode missing", "tracking", without("mode"), "mode"),
                arguments("mode unknown", "tracking", with("mode", "SOMETIMES"), "mode"),
                arguments("mode in lower case", "tracking", with("mode", "auto"), "mode"),
                arguments("mode an array", "tracking", with("mode", new String[] { "AUTO" }), "mode"),
                arguments("auditSampleRate missing", "tracking", without("auditSampleRate"), "auditSampleRate"),
                arguments("auditSampleRate above 1", "tracking", with("auditSampleRate", 1.5), "auditSampleRate"),
                arguments("auditSampleRate negative", "tracking", with("auditSampleRate", -0.1), "auditSampleRate"),
                arguments("reviewDeadline missing", "tracking", without("reviewDeadline"), "reviewDeadline"),
                arguments("reviewDeadline zero", "tracking", with("reviewDeadline", "PT0S"), "reviewDeadline"),
                arguments("reviewDeadline negative", "tracking", with("reviewDeadline", "-PT5M"), "reviewDeadline"),
                arguments("reviewDeadline not a duration", "tracking", with("reviewDeadline", "soon"),
                        "reviewDeadline"),
                arguments("reviewDeadline fractional", "tracking", with("reviewDeadline", "PT0.5S"), "reviewDeadline"),
                arguments("reviewDeadline beyond 30 days", "tracking", with("reviewDeadline", "P90D"),
                        "reviewDeadline"),
                arguments("reason missing", "tracking", without("reason"), "reason"),
                arguments("reason blank", "tracking", with("reason", "   "), "reason"),
                arguments("reason too long", "tracking", with("reason", "x".repeat(1001)), "reason"),
                arguments("unknown field (typo)", "tracking", with("acceptThreshhold", 0.9), "acceptThreshhold"),
                arguments("unknown field version", "tracking", with("version", 7), "version"),
                arguments("maxAutoValue outside cart-verification", "tracking", with("maxAutoValue", 100),
                        "maxAutoValue"),
                arguments("cart maxAutoValue missing", "cart-verification", without("maxAutoValue"), "maxAutoValue"),
                arguments("cart maxAutoValue negative", "cart-verification", with("maxAutoValue", -1),
                        "maxAutoValue"),
                arguments("cart maxAutoValue with 3 decimals", "cart-verification", with("maxAutoValue", 10.001),
                        "maxAutoValue"),
                arguments("cart maxAutoValue too large", "cart-verification", with("maxAutoValue", 1e13),
                        "maxAutoValue"),
                arguments("empty object", "tracking", "{}", "acceptThreshold"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void answers422NamingTheFieldAndWritesNothing(String name, String serviceType, Object change, String field) {
        String path = "/v1/configs/" + Bodies.freshStore("invalid") + "/" + serviceType;
        long rowsBefore = rows();

        Answer answer = this.api.put(path, bodyFor(serviceType, change), Map.of());

        assertThat(answer.status()).as(name).isEqualTo(422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString())
                .isEqualTo("https://decisionsuite.dev/problems/validation-failed");
        assertThat(answer.body().get("field").asString()).as(name).isEqualTo(field);
        assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.body().get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(rows()).as("rows written").isEqualTo(rowsBefore);
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        Answer answer = this.api.put("/v1/configs/" + Bodies.freshStore("many") + "/tracking",
                Map.of("rejectThreshold", 0.1), Map.of());

        assertThat(answer.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("acceptThreshold", "minMargin", "mode", "auditSampleRate", "reviewDeadline", "reason");
    }

    @Test
    void answers400ForABodyThatIsNotJson() {
        long rowsBefore = rows();

        Answer answer = this.api.put("/v1/configs/" + Bodies.freshStore("garbage") + "/tracking", "{\"accept", Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("type").asString()).isEqualTo("https://decisionsuite.dev/problems/malformed-body");
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    private long rows() {
        return this.jdbc.queryForObject("select count(*) from threshold_config", Long.class);
    }

    private static Consumer<Map<String, Object>> without(String field) {
        return body -> body.remove(field);
    }

    private static Consumer<Map<String, Object>> with(String field, Object value) {
        return body -> body.put(field, value);
    }

    // A valid body for the type with one change: a String case is sent verbatim.
    @SuppressWarnings("unchecked")
    private static Object bodyFor(String serviceType, Object change) {
        if (change instanceof String raw) {
            return raw;
        }
        Map<String, Object> body = serviceType.equals("cart-verification")
                ? Bodies.validCart(0.9, "invalid on purpose") : Bodies.valid(0.9, "invalid on purpose");
        ((Consumer<Map<String, Object>>) change).accept(body);
        return body;
    }
}
