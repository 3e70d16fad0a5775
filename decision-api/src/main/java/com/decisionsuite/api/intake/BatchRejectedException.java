package com.decisionsuite.api.intake;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * Every item of a batch was refused, so nothing was queued; the problem lists each item's own problem.
 */
class BatchRejectedException extends ApiProblemException {

    private final List<BatchResult.RejectedItem> rejected;

    BatchRejectedException(List<BatchResult.RejectedItem> rejected) {
        super(HttpStatus.BAD_REQUEST, "batch-rejected", "Batch rejected",
                "No task of the batch is valid; nothing was queued. See 'rejected' for each item's problem.");
        this.rejected = List.copyOf(rejected);
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        // The first item's field keeps the house rule that a 400 names a field; the list names them all.
        problem.setProperty("field", this.rejected.get(0).field());
        problem.setProperty("accepted", List.of());
        problem.setProperty("rejected", this.rejected);
        return problem;
    }
}
