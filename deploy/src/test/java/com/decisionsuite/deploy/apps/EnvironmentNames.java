package com.decisionsuite.deploy.apps;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Spring Boot's relaxed binding from environment variables: a property's name in upper case with dots as
 * underscores, each dash dropped ({@code DECISION_WORKER_SERVICETYPES}) or, the legacy form, also an underscore
 * ({@code DECISION_WORKER_SERVICE_TYPES}).
 */
final class EnvironmentNames {

    private EnvironmentNames() {
    }

    static Set<String> of(String property) {
        String[] elements = property.split("\\.");
        return Stream.of(join(elements, ""), join(elements, "_")).collect(Collectors.toUnmodifiableSet());
    }

    private static String join(String[] elements, String dashReplacement) {
        return Arrays.stream(elements).map(element -> element.replace("-", dashReplacement).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
    }

    /** Whether the variable sets a key below a map-typed property, e.g. LOGGING_LEVEL_COM_EXAMPLE. */
    static boolean below(String variable, String mapProperty) {
        return of(mapProperty).stream().anyMatch(name -> variable.startsWith(name + "_"));
    }

    static Set<String> names(Set<String> properties) {
        return properties.stream().flatMap(property -> of(property).stream()).collect(Collectors.toUnmodifiableSet());
    }
}
