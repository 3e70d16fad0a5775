package com.decisionsuite.config.web;

import java.util.regex.Pattern;

import com.decisionsuite.config.problem.ApiProblemException;

/**
 * Who makes a change. There is no authentication yet, so the caller names itself in the {@code X-Actor} header;
 * once a gateway authenticates ops, it sets this header from the verified identity.
 */
public final class Actor {

    /** Request header naming the person or system making a change. */
    public static final String HEADER = "X-Actor";

    // Printable, no control characters: the value ends up in logs and the history; 128 is the column's length.
    private static final Pattern GRAMMAR = Pattern.compile("[\\p{Print}&&[^\\p{Cntrl}]]{1,128}");

    private Actor() {
    }

    /** The validated actor name; 400 naming the header when it is missing or malformed. */
    public static String require(String header) {
        if (header == null || header.isBlank()) {
            throw ApiProblemException.badRequest("missing-actor", HEADER,
                    HEADER + " header is required on changes: it names who makes the change");
        }
        String actor = header.strip();
        if (!GRAMMAR.matcher(actor).matches()) {
            throw ApiProblemException.badRequest("invalid-actor", HEADER,
                    HEADER + " must be 1-128 printable ASCII characters");
        }
        return actor;
    }
}
