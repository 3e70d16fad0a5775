package com.decisionsuite.api.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * A reviewer or export request broke a rule of its own fields; names the field (400 {@code invalid-field}).
 */
public class InvalidReviewFieldException extends ApiProblemException {

    private final String field;

    public InvalidReviewFieldException(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field", field + ": " + message);
        this.field = field;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("field", this.field);
        return problem;
    }
}
