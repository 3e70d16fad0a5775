package com.decisionsuite.config.version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.decisionsuite.config.problem.FieldViolation;
import com.decisionsuite.config.problem.InvalidRequestException;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;

/**
 * Checks proposed values before anything is written. Presence and storage limits are checked here, every field
 * at once; value ranges are left to {@code ThresholdConfig}'s constructor, the contract the worker reads with, so
 * the two can never disagree (it reports the first range violation).
 */
public final class SettingsValidation {

    /** Upper bound of a review deadline; longer ones are typos, and the queue's age alarms assume days. */
    public static final Duration MAX_REVIEW_DEADLINE = Duration.ofDays(30);

    /** Length limit of {@code reason}, the column's. */
    public static final int MAX_REASON_LENGTH = 1000;

    private static final int MAX_AUTO_VALUE_INTEGER_DIGITS = 12;

    private SettingsValidation() {
    }

    /** Validates values for (scope, type) plus the change's reason. */
    public static Settings validate(String scope, ServiceType type, ProposedSettings proposed, String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        required(violations, "acceptThreshold", proposed.acceptThreshold());
        required(violations, "minMargin", proposed.minMargin());
        required(violations, "mode", proposed.mode());
        required(violations, "auditSampleRate", proposed.auditSampleRate());
        BigDecimal maxAutoValue = maxAutoValue(violations, type, proposed.maxAutoValue());
        reviewDeadline(violations, proposed.reviewDeadline());
        reason(violations, reason);
        if (violations.isEmpty()) {
            Settings settings = new Settings(proposed.acceptThreshold(), proposed.rejectThreshold(),
                    proposed.minMargin(), proposed.mode(), proposed.auditSampleRate(), maxAutoValue,
                    proposed.reviewDeadline());
            try {
                settings.toThresholdConfig(scope, type, 1, "validation", null);
                return settings;
            }
            catch (InvalidFieldException ex) {
                violations.add(new FieldViolation(ex.field(), ex.reason()));
            }
        }
        throw new InvalidRequestException(violations);
    }

    /** Validates the reason alone, for changes that carry no values (delete, rollback). */
    public static String requireReason(String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        reason(violations, reason);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return reason.strip();
    }

    /** Validates a store id of a request body, naming {@code field}. */
    public static String requireStoreId(String field, String storeId) {
        try {
            return Identifiers.requireStoreId(field, storeId);
        }
        catch (InvalidFieldException ex) {
            throw new InvalidRequestException(ex.field(), ex.reason());
        }
    }

    private static void required(List<FieldViolation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required"));
        }
    }

    private static BigDecimal maxAutoValue(List<FieldViolation> violations, ServiceType type, BigDecimal value) {
        if (type != ServiceType.CART_VERIFICATION) {
            if (value != null) {
                violations.add(new FieldViolation("maxAutoValue", "applies to cart-verification only; omit it"));
            }
            return null;
        }
        if (value == null) {
            violations.add(new FieldViolation("maxAutoValue", "is required for cart-verification"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation("maxAutoValue", "must have at most 2 decimal places"));
            return null;
        }
        BigDecimal amount = value.setScale(2, RoundingMode.UNNECESSARY);
        if (amount.precision() - amount.scale() > MAX_AUTO_VALUE_INTEGER_DIGITS) {
            violations.add(new FieldViolation("maxAutoValue", "must be below 10^12"));
            return null;
        }
        return amount;
    }

    private static void reviewDeadline(List<FieldViolation> violations, Duration deadline) {
        if (deadline == null) {
            violations.add(new FieldViolation("reviewDeadline", "is required (ISO-8601 duration, e.g. PT15M)"));
        }
        else if (deadline.getNano() != 0 && !deadline.isNegative()) {
            violations.add(new FieldViolation("reviewDeadline", "must be whole seconds"));
        }
        else if (deadline.compareTo(MAX_REVIEW_DEADLINE) > 0) {
            violations.add(new FieldViolation("reviewDeadline", "must be at most " + MAX_REVIEW_DEADLINE));
        }
    }

    private static void reason(List<FieldViolation> violations, String reason) {
        if (reason == null || reason.isBlank()) {
            violations.add(new FieldViolation("reason", "is required: say why this change is made"));
        }
        else if (reason.strip().length() > MAX_REASON_LENGTH) {
            violations.add(new FieldViolation("reason", "must be at most " + MAX_REASON_LENGTH + " characters"));
        }
    }
}
