package com.decisionsuite.api.intake;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.decisionsuite.model.TaskStreams;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing on, as in production: the stream entry carries the intake request's span, a child of the caller's
 * trace when the caller sent one, so the worker's logs and the result event join that trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTracing
class IntakeTracingIntegrationTests {

    private static final String CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    IntakeHttp http;

    TaskStreamsProbe streams;

    @BeforeEach
    void setUp() {
        this.http = new IntakeHttp(this.port);
        this.streams = new TaskStreamsProbe(this.redis);
        this.streams.reset();
    }

    @Test
    void handsOnTheCallersTraceWithTheIntakeSpanAsParent() {
        this.http.post("/v1/tasks", IntakeHttp.task("traced-1", "tracking"), "traceparent",
                "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01");

        String handedOn = traceparentOfOnlyEntry();
        assertThat(handedOn).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        assertThat(handedOn.substring(3, 35)).isEqualTo(CALLER_TRACE);
        assertThat(handedOn.substring(36, 52)).isNotEqualTo(CALLER_SPAN);
    }

    @Test
    void startsATraceForACallerThatSentNone() {
        this.http.post("/v1/tasks/batch", java.util.Map.of("tasks", java.util.List.of(IntakeHttp.task("traced-2", "tracking"))));

        assertThat(traceparentOfOnlyEntry()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void startsAFreshTraceRatherThanHandingOnAMalformedTraceparent() {
        this.http.post("/v1/tasks", IntakeHttp.task("traced-3", "tracking"), "traceparent", "not-a-trace");

        assertThat(traceparentOfOnlyEntry()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    private String traceparentOfOnlyEntry() {
        assertThat(this.streams.entries()).hasSize(1);
        return (String) this.streams.entries().get(0).getValue().get(TaskStreams.FIELD_TRACEPARENT);
    }
}
