package com.decisionsuite.config.problem;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request whose content breaks the rules: 422 naming every field at fault, the first one also as {@code field}.
 */
public class InvalidRequestException extends ApiProblemException {

    private final transient List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", "Invalid request", violations.get(0).field(),
                describe(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    private static String describe(List<FieldViolation> violations) {
        FieldViolation first = violations.get(0);
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + " " + first.message() + more;
    }

    public List<FieldViolation> violations() {
        return this.violations;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("errors", this.violations);
        return problem;
    }
}
