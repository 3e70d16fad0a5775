package com.decisionsuite.api.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * A submitted task or batch the API refuses, naming the JSON path at fault (property {@code field}).
 */
class TaskRejectedException extends ApiProblemException {

    /** The body is not JSON at all, or breaks off. */
    static final String MALFORMED_JSON = "malformed-json";

    /** The JSON is well-formed but a task breaks the contract: unknown, missing, mistyped or out-of-range field. */
    static final String INVALID_TASK = "invalid-task";

    /** The batch envelope is wrong: no {@code tasks}, too few or too many. */
    static final String INVALID_BATCH = "invalid-batch";

    private final String slug;

    private final String field;

    /** {@code reason} is what is wrong with {@code field}; the problem's detail names both. */
    TaskRejectedException(String slug, String field, String reason) {
        super(HttpStatus.BAD_REQUEST, slug, title(slug), field + ": " + reason);
        this.slug = slug;
        this.field = field;
    }

    String slug() {
        return this.slug;
    }

    String field() {
        return this.field;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("field", this.field);
        return problem;
    }

    private static String title(String slug) {
        return switch (slug) {
            case MALFORMED_JSON -> "Malformed JSON";
            case INVALID_BATCH -> "Invalid batch";
            default -> "Invalid task";
        };
    }
}
