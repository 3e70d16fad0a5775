package com.decisionsuite.config.history;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.Settings;
import com.decisionsuite.model.ReviewMode;

/**
 * One version in a configuration's history: who, when, why, what kind of change, its values and the diff to the
 * version before it.
 *
 * @param change {@code update}, {@code rollback}, {@code delete} or {@code bulk}
 * @param restoredVersion for a rollback, the version it restored
 * @param values the version's values; {@code null} when it removed the override
 */
record HistoryEntry(int version, String change, Integer restoredVersion, boolean removed, String updatedBy,
        Instant updatedAt, String reason, Values values, List<FieldChange> diff) {

    /** The values of a version. */
    record Values(double acceptThreshold, Double rejectThreshold, double minMargin, ReviewMode mode,
            double auditSampleRate, BigDecimal maxAutoValue, Duration reviewDeadline) {

        static Values of(Settings settings) {
            return settings == null ? null : new Values(settings.acceptThreshold(), settings.rejectThreshold(),
                    settings.minMargin(), settings.mode(), settings.auditSampleRate(), settings.maxAutoValue(),
                    settings.reviewDeadline());
        }
    }

    static HistoryEntry of(ConfigVersion row, ConfigVersion previous) {
        Settings settings = row.settings();
        return new HistoryEntry(row.version(), row.changeKind().tag(), row.restoredVersion(), row.removed(),
                row.updatedBy(), row.updatedAt(), row.reason(), Values.of(settings),
                ConfigDiff.between(previous == null ? null : previous.settings(), settings));
    }
}
