package com.decisionsuite.bench.run;

/**
 * The suite or its infrastructure is not there to be measured; the message says what to do.
 */
public final class SuiteUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuiteUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
