package com.decisionsuite.bench.e2e;

import java.net.http.HttpResponse;
import java.util.OptionalDouble;

/**
 * One read of a service's {@code /actuator/prometheus}.
 */
record PrometheusScrape(String text) {

    PrometheusScrape {
        if (text == null) {
            throw new IllegalArgumentException("text is required");
        }
    }

    static PrometheusScrape of(SuiteHttp http, ServiceProcess service) {
        HttpResponse<String> response = http.get(service.uri("/actuator/prometheus"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(service.name() + " answered " + response.statusCode() + " for its metrics");
        }
        return new PrometheusScrape(response.body());
    }

    /** The sum over every series of {@code metric}; empty when the service exposes none. */
    OptionalDouble sum(String metric) {
        return this.text.lines().filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce(Double::sum);
    }
}
