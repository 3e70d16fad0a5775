package com.decisionsuite.api.intake;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intake of decision tasks from upstream services. Bodies arrive as bytes and are read by {@link SubmissionReader},
 * so that strictness and error paths do not depend on the application-wide JSON settings.
 */
@RestController
@Tag(name = "Task intake", description = "Submit decision tasks; idempotent on taskId")
class TaskIntakeController {

    private static final String TRACEPARENT = "traceparent";

    private final TaskIntake intake;

    private final TraceContexts traces;

    TaskIntakeController(TaskIntake intake, TraceContexts traces) {
        this.intake = intake;
        this.traces = traces;
    }

    @Operation(summary = "Submit one task", description = "202 once the task is durably queued, also for a repeat of a "
            + "task id seen within the idempotency window (which is not queued again).")
    @ApiResponse(responseCode = "202", description = "Queued (or already queued)")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid task; 'field' names the JSON path",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Redis unreachable; nothing queued. Retry after 'Retry-After' seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/v1/tasks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TaskAccepted> submit(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = TaskSubmission.class)))
            @RequestBody byte[] body,
            @Parameter(description = "W3C trace context, handed on to the worker")
            @RequestHeader(name = TRACEPARENT, required = false) String traceparent) {
        TaskAccepted accepted = this.intake.submit(body, this.traces.toHandOn(traceparent));
        return ResponseEntity.accepted().location(URI.create("/v1/tasks/" + accepted.taskId())).body(accepted);
    }

    @Operation(summary = "Submit 1..500 tasks", description = "Each item is validated on its own: valid items are queued "
            + "(one Redis round trip per service type), invalid ones are reported by index. 202 when at least one "
            + "item is queued; 400 'batch-rejected' when none is.")
    @ApiResponse(responseCode = "202", description = "At least one item queued; see 'rejected' for the others")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, wrong envelope, or every item invalid",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Redis unreachable; retry the whole batch (repeats are harmless)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/v1/tasks/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BatchResult> submitBatch(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BatchSubmission.class)))
            @RequestBody byte[] body,
            @Parameter(description = "W3C trace context, handed on to the worker")
            @RequestHeader(name = TRACEPARENT, required = false) String traceparent) {
        return ResponseEntity.accepted().body(this.intake.submitBatch(body, this.traces.toHandOn(traceparent)));
    }
}
