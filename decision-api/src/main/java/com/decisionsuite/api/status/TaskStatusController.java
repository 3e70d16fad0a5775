package com.decisionsuite.api.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.decisionsuite.model.Identifiers;

/**
 * Status of a submitted task: decided (audit trail in MySQL) wins over queued (idempotency key in Redis).
 */
@RestController
@Tag(name = "Task status")
class TaskStatusController {

    private final DecisionRecords decisions;

    private final QueuedTasks queued;

    TaskStatusController(DecisionRecords decisions, QueuedTasks queued) {
        this.decisions = decisions;
        this.queued = queued;
    }

    @Operation(summary = "Status of a task", description = "DECIDED with the outcome and its explanation once the "
            + "worker recorded it; ACCEPTED while queued; 404 for an id neither decided nor queued within the "
            + "idempotency window.")
    @ApiResponse(responseCode = "200", description = "Decided or queued")
    @ApiResponse(responseCode = "400", description = "The task id breaks the id grammar",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown task id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/v1/tasks/{taskId}")
    TaskStatusResponse status(@PathVariable String taskId) {
        Identifiers.requireTaskId("taskId", taskId);
        return this.decisions.find(taskId)
                .or(() -> this.queued.find(taskId))
                .orElseThrow(() -> new TaskNotFoundException(taskId));
    }
}
