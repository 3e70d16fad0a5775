package com.decisionsuite.observability.export;

import java.util.Set;
import java.util.TreeSet;

/** The series names of a scrape in Prometheus' text exposition format. */
final class Exposition {

    private Exposition() {
    }

    static Set<String> seriesNames(String scrape) {
        Set<String> names = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            String sample = line.strip();
            if (sample.isEmpty() || sample.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < sample.length() && sample.charAt(end) != '{' && !Character.isWhitespace(sample.charAt(end))) {
                end++;
            }
            names.add(sample.substring(0, end));
        }
        return names;
    }
}
