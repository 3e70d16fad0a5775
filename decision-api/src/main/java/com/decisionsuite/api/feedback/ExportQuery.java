package com.decisionsuite.api.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;

import com.decisionsuite.api.review.InvalidReviewFieldException;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;

/**
 * Which reviewed tasks to export: verdicts decided in [from, to), optionally one store, service type and kind.
 */
record ExportQuery(Instant from, Instant to, String storeId, ServiceType serviceType, String kind) {

    static final Duration DEFAULT_LENGTH = Duration.ofHours(24);

    ExportQuery {
        if (!from.isBefore(to)) {
            throw new InvalidReviewFieldException("from", "must be before to");
        }
        if (kind != null && !kind.equals("ESCALATION") && !kind.equals("AUDIT")) {
            throw new InvalidReviewFieldException("kind", "must be ESCALATION or AUDIT");
        }
    }

    /**
     * Parses request parameters; {@code to} defaults to now rounded up to the second (stored times may be whole
     * seconds) and {@code from} to a day before {@code to}.
     */
    static ExportQuery parse(String from, String to, String storeId, String serviceType, String kind, Instant now) {
        Instant end = to == null ? now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : instant("to", to);
        Instant start = from == null ? end.minus(DEFAULT_LENGTH) : instant("from", from);
        return new ExportQuery(start, end, storeId == null ? null : storeId(storeId), type(serviceType), kind);
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidReviewFieldException(field, "must be an ISO-8601 instant such as 2026-11-22T10:00:00Z");
        }
    }

    private static String storeId(String value) {
        try {
            return Identifiers.requireStoreId("storeId", value);
        }
        catch (InvalidFieldException ex) {
            throw new InvalidReviewFieldException(ex.field(), ex.reason());
        }
    }

    private static ServiceType type(String wireName) {
        return wireName == null ? null : ServiceType.find(wireName)
                .orElseThrow(() -> new InvalidReviewFieldException("serviceType", "unknown service type '" + wireName + "'"));
    }
}
