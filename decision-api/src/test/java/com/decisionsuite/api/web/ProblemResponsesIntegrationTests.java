package com.decisionsuite.api.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.decisionsuite.api.intake.IntakeHttp;
import com.decisionsuite.api.intake.IntakeHttp.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The framework's own failures come out as problems with stable types, like the service's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemResponsesIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        assertProblem(new IntakeHttp(this.port).get("/v1/nowhere"), 404, "not-found");
    }

    @Test
    void answersAWrongMethodWithAMethodNotAllowedProblem() {
        assertProblem(new IntakeHttp(this.port).send("DELETE", "/v1/tasks", "application/json", ""), 405, "method-not-allowed");
    }

    @Test
    void servesTheOpenApiDocumentListingTheTaskEndpoints() {
        Reply reply = new IntakeHttp(this.port).get("/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").propertyNames()).contains("/v1/tasks", "/v1/tasks/batch", "/v1/tasks/{taskId}");
        assertThat(reply.json().get("paths").get("/v1/tasks").get("post").get("requestBody").toString()).contains("TaskSubmission");
        assertThat(new IntakeHttp(this.port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private static void assertProblem(Reply reply, int status, String slug) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").stringValue()).isEqualTo(ApiProblemException.TYPE_BASE + slug);
    }
}
