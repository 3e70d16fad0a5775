package com.decisionsuite.api.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * The item already has a different verdict, or one given under another lease (409 {@code already-decided}).
 */
class AlreadyDecidedException extends ApiProblemException {

    private final Verdict existing;

    AlreadyDecidedException(long reviewId, Verdict existing) {
        super(HttpStatus.CONFLICT, "already-decided", "Already decided",
                "review item " + reviewId + " already has a verdict; verdicts are final");
        this.existing = existing;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("verdict", this.existing.name());
        return problem;
    }
}
