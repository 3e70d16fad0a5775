package com.decisionsuite.config.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.decisionsuite.config.version.Settings;

/**
 * The field-by-field difference between two versions' values; a removal or a first version compares against
 * nothing, so every value shows as added or removed.
 */
final class ConfigDiff {

    private ConfigDiff() {
    }

    static List<FieldChange> between(Settings previous, Settings next) {
        Map<String, Object> before = valuesOf(previous);
        Map<String, Object> after = valuesOf(next);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : FIELDS) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!sameValue(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private static final List<String> FIELDS = List.of("acceptThreshold", "rejectThreshold", "minMargin", "mode",
            "auditSampleRate", "maxAutoValue", "reviewDeadline");

    private static Map<String, Object> valuesOf(Settings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (settings != null) {
            values.put("acceptThreshold", settings.acceptThreshold());
            values.put("rejectThreshold", settings.rejectThreshold());
            values.put("minMargin", settings.minMargin());
            values.put("mode", settings.mode());
            values.put("auditSampleRate", settings.auditSampleRate());
            values.put("maxAutoValue", settings.maxAutoValue());
            values.put("reviewDeadline", settings.reviewDeadline());
        }
        return values;
    }

    // BigDecimal equality is scale-sensitive (100.0 vs 100.00); money values compare by amount.
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
