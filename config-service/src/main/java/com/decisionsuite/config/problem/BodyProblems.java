package com.decisionsuite.config.problem;

import java.util.List;

import com.decisionsuite.model.InvalidFieldException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field at fault when a request body cannot be bound: an unknown property, a value of the wrong type,
 * a value a wire type refused. Bodies that are not JSON at all name no field and are a plain 400.
 */
final class BodyProblems {

    private BodyProblems() {
    }

    static ApiProblemException describe(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        InvalidFieldException invalid = findInvalidField(cause);
        if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            String field = pathOf(jackson.getPath());
            if (jackson instanceof UnrecognizedPropertyException) {
                return new InvalidRequestException(field, "is not a known field");
            }
            String message = invalid != null ? invalid.reason() : "has a value of the wrong type or format";
            return new InvalidRequestException(field, message);
        }
        if (invalid != null) {
            return new InvalidRequestException(invalid.field(), invalid.reason());
        }
        return ApiProblemException.badRequest("malformed-body", "body",
                "The request body is missing or is not valid JSON");
    }

    private static InvalidFieldException findInvalidField(Throwable cause) {
        while (cause != null) {
            if (cause instanceof InvalidFieldException invalid) {
                return invalid;
            }
            cause = cause.getCause();
        }
        return null;
    }

    static String pathOf(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
