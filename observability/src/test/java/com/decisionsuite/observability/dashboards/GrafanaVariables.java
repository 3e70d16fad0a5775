package com.decisionsuite.observability.dashboards;

import java.util.regex.Pattern;

/**
 * Replaces Grafana's template variables in a query by values Prometheus accepts, so that the query can be checked
 * as PromQL: interval variables by a duration, the dashboard's own variables by a plain label value.
 */
final class GrafanaVariables {

    private static final Pattern INTERVAL = Pattern
            .compile("\\$\\{?__(?:rate_interval|interval|range)(?:_ms|_s)?}?");

    private static final Pattern VARIABLE = Pattern
            .compile("\\$\\{[a-zA-Z_]\\w*(?::[^}]*)?}|\\$[a-zA-Z_]\\w*|\\[\\[\\w+]]");

    private GrafanaVariables() {
    }

    static String expand(String query) {
        String expanded = INTERVAL.matcher(query).replaceAll("5m");
        return VARIABLE.matcher(expanded).replaceAll("placeholder");
    }
}
