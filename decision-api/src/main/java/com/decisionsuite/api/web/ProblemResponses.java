package com.decisionsuite.api.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import com.decisionsuite.model.InvalidFieldException;

/**
 * The one place where this service turns failures into RFC 9457 problem responses. Every problem gets a stable
 * {@code type} under {@link ApiProblemException#TYPE_BASE}; client errors about input name the {@code field}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    /** Seconds a client should wait before retrying while infrastructure is down. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** Slugs of the framework's own failures, by status. */
    private static final Map<Integer, String> SLUGS_BY_STATUS = Map.of(
            400, "bad-request", 404, "not-found", 405, "method-not-allowed", 406, "not-acceptable",
            413, "payload-too-large", 415, "unsupported-media-type", 500, "internal-error", 503, "unavailable");

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblemException ex) {
        return ResponseEntity.status(ex.status()).body(ex.toProblem());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
        return ResponseEntity.badRequest().body(fieldProblem(ex.field(), ex.reason()));
    }

    @ExceptionHandler({ RedisConnectionFailureException.class, RedisSystemException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class })
    ResponseEntity<ProblemDetail> infrastructureDown(RuntimeException ex) {
        log.warn("Answering 503: infrastructure unavailable: {}", ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "A backing store is unavailable; nothing was changed. Retry later.");
        problem.setType(URI.create(ApiProblemException.TYPE_BASE + "unavailable"));
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Answering 500: unexpected failure", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged.");
        problem.setType(URI.create(ApiProblemException.TYPE_BASE + "internal-error"));
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
            String path = JsonFieldPaths.of(jackson);
            String field = path.isEmpty() ? "body" : path;
            if (jackson instanceof StreamReadException && !(jackson instanceof InputCoercionException)) {
                problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                        field + ": is not well-formed JSON: " + JsonFieldPaths.syntaxError(jackson));
                problem.setProperty("field", field);
            }
            else {
                problem = fieldProblem(field, jackson instanceof UnrecognizedPropertyException ? "is not a known field"
                        : jackson.getOriginalMessage());
            }
        }
        else {
            problem = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", "A JSON body is required");
            problem.setProperty("field", "body");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return fieldErrors(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return fieldErrors(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "request";
        String expected = ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "another type";
        return handleExceptionInternal(ex, fieldProblem(field, "must be of type " + expected), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, fieldProblem(ex.getParameterName(), "is required"), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** Gives the framework's own problems (404, 405, 415, ...) a stable type instead of {@code about:blank}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(ApiProblemException.TYPE_BASE
                    + SLUGS_BY_STATUS.getOrDefault(statusCode.value(), "http-" + statusCode.value())));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> fieldErrors(Exception ex, List<Map<String, String>> errors, HttpHeaders headers,
            WebRequest request) {
        String field = errors.isEmpty() ? "request" : errors.get(0).get("field");
        String message = errors.isEmpty() ? "is invalid" : errors.get(0).get("message");
        ProblemDetail problem = fieldProblem(field, message);
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail fieldProblem(String field, String reason) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-field", "Invalid field", field + ": " + reason);
        problem.setProperty("field", field);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ApiProblemException.TYPE_BASE + slug));
        problem.setTitle(title);
        return problem;
    }
}
