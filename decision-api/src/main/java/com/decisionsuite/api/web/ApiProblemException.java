package com.decisionsuite.api.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client should see as a specific problem; features throw subclasses and {@link ProblemResponses}
 * renders them, so no feature needs its own exception handler.
 */
public abstract class ApiProblemException extends RuntimeException {

    /** Base of every problem {@code type} this service emits; the slug after it is stable API. */
    public static final String TYPE_BASE = "https://decisionsuite.dev/problems/";

    private final HttpStatus status;

    private final String slug;

    private final String title;

    protected ApiProblemException(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** Renders this failure; subclasses add properties such as the offending field. */
    public ProblemDetail toProblem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, getMessage());
        problem.setType(URI.create(TYPE_BASE + this.slug));
        problem.setTitle(this.title);
        return problem;
    }

    public HttpStatus status() {
        return this.status;
    }
}
