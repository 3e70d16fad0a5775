package com.decisionsuite.api.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * The lease token does not hold the item: foreign, replaced by a later claim, released, or lapsed
 * (409 {@code lease-conflict}). The client should claim again.
 */
class LeaseConflictException extends ApiProblemException {

    LeaseConflictException(long reviewId, String why) {
        super(HttpStatus.CONFLICT, "lease-conflict", "Lease conflict",
                "the lease token does not hold review item " + reviewId + ": " + why);
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("field", "leaseToken");
        return problem;
    }
}
