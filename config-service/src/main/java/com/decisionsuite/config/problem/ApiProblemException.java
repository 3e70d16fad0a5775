package com.decisionsuite.config.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client should see as a specific problem; features throw it (or a subclass) and
 * {@link ProblemResponses} renders it, so no feature needs its own exception handler.
 */
public class ApiProblemException extends RuntimeException {

    /** Base of every problem {@code type} this service emits; the slug after it is stable API. */
    public static final String TYPE_BASE = "https://decisionsuite.dev/problems/";

    private final HttpStatus status;

    private final String slug;

    private final String title;

    private final String field;

    public ApiProblemException(HttpStatus status, String slug, String title, String field, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
    }

    /** Builds a problem detail with this service's type URI for {@code slug}. */
    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }

    /** Renders this failure; subclasses add properties. */
    public ProblemDetail toProblem() {
        ProblemDetail problem = problem(this.status, this.slug, this.title, getMessage());
        if (this.field != null) {
            problem.setProperty("field", this.field);
        }
        return problem;
    }

    public HttpStatus status() {
        return this.status;
    }

    public static ApiProblemException notFound(String slug, String field, String detail) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, slug, "Not found", field, detail);
    }

    public static ApiProblemException badRequest(String slug, String field, String detail) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, slug, "Bad request", field, detail);
    }

    /** The conditional headers do not match the current version (stale {@code If-Match}). */
    public static ApiProblemException preconditionFailed(String detail) {
        return new ApiProblemException(HttpStatus.PRECONDITION_FAILED, "precondition-failed",
                "Precondition failed", "If-Match", detail);
    }

    /** A change to an existing configuration came without {@code If-Match}. */
    public static ApiProblemException preconditionRequired(String detail) {
        return new ApiProblemException(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                "Precondition required", "If-Match", detail);
    }

    /** Another change to the same configuration committed first; nothing of this request was written. */
    public static ApiProblemException concurrentChange(HttpStatus status, String detail) {
        return new ApiProblemException(status, "concurrent-change", "Concurrent change", null, detail);
    }
}
