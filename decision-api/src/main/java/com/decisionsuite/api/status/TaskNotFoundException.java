package com.decisionsuite.api.status;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * No decision is recorded for the task id and no idempotency key remembers it being queued.
 */
class TaskNotFoundException extends ApiProblemException {

    private final String taskId;

    TaskNotFoundException(String taskId) {
        super(HttpStatus.NOT_FOUND, "task-not-found", "Task not found", "No task '" + taskId
                + "' is queued or decided (queued ids are remembered for the idempotency window only)");
        this.taskId = taskId;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("taskId", this.taskId);
        return problem;
    }
}
