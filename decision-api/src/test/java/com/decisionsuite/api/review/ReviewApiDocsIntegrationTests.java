package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@ReviewIntegrationTest
class ReviewApiDocsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void openApiDescribesTheReviewerAndFeedbackEndpoints() {
        JsonNode paths = new HttpApi(this.port).get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/v1/reviews/claim").path("post").path("responses").has("204")).isTrue();
        assertThat(paths.path("/v1/reviews/{reviewId}/verdict").path("post").path("responses").has("409")).isTrue();
        assertThat(paths.path("/v1/reviews/stats").has("get")).isTrue();
        assertThat(paths.path("/v1/feedback/export").path("get").path("responses").path("200").path("content")
                .has("application/x-ndjson")).isTrue();
    }
}
