package com.decisionsuite.api.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * CONFIRM on an escalation where the model proposed no label (422 {@code nothing-to-confirm}): the reviewer must
 * CORRECT or REJECT_ALL.
 */
class NothingToConfirmException extends ApiProblemException {

    NothingToConfirmException(long reviewId) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "nothing-to-confirm", "Nothing to confirm",
                "the model proposed no label for review item " + reviewId + "; send CORRECT with a label or REJECT_ALL");
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("field", "verdict");
        return problem;
    }
}
