package com.decisionsuite.observability.promql;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, found by a tokenizer rather than a parser: it drops string literals,
 * label matchers, ranges, grouping clauses, function and aggregation names, keywords and numbers, and what is left
 * are metric names. Enough for the suite's own rules and dashboards; promtool checks that they parse.
 */
public final class MetricReferences {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");

    private static final Pattern MATCHERS = Pattern.compile("\\{[^{}]*}");

    private static final Pattern RANGE = Pattern.compile("\\[[^\\[\\]]*]");

    private static final Pattern GROUPING = Pattern
            .compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^()]*\\)");

    // Not preceded by a digit, letter or dot, so durations (5m, 1d) and numbers (1e3, 0.5) are no names.
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.:])[a-zA-Z_:][a-zA-Z0-9_:]*");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan", "atan2");

    private MetricReferences() {
    }

    /** The metric names in {@code promql}, sorted. */
    public static Set<String> in(String promql) {
        String rest = STRING.matcher(promql).replaceAll(" ");
        rest = MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        rest = GROUPING.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String name = identifier.group();
            if (!KEYWORDS.contains(name.toLowerCase()) && !calledAt(rest, identifier.end())) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean calledAt(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }
}
