package com.decisionsuite.config.problem;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where this service turns failures into RFC 9457 problem responses.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /** Seconds a client should wait before retrying while MySQL is unreachable. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException ex) {
        return ResponseEntity.status(ex.status()).body(ex.toProblem());
    }

    // Redis never answers a request here (it is only written after commits, failures swallowed there), so an
    // infrastructure failure reaching this point is MySQL: the record, without which nothing can be answered.
    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class })
    ResponseEntity<ProblemDetail> databaseDown(RuntimeException ex) {
        log.warn("Answering 503: MySQL unavailable: {}", ex.toString());
        ProblemDetail problem = ApiProblemException.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable",
                "Service unavailable", "The configuration store is unavailable; nothing was changed. Retry later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Answering 500: unexpected failure", ex);
        return ResponseEntity.internalServerError().body(ApiProblemException.problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "An unexpected error occurred; nothing can be assumed written unless a GET shows it."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ApiProblemException problem = BodyProblems.describe(ex);
        return ResponseEntity.status(problem.status()).body(problem.toProblem());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        ApiProblemException problem = ApiProblemException.badRequest("invalid-parameter", field,
                field + " has an invalid value '" + ex.getValue() + "'");
        return ResponseEntity.status(problem.status()).body(problem.toProblem());
    }

    // Framework problems (405, 415, 404 of unknown routes, ...) come with type about:blank; give them ours.
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(URI.create(ApiProblemException.TYPE_BASE + slugOf(statusCode)));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String slugOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
    }
}
