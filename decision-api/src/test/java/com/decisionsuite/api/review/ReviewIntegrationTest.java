package com.decisionsuite.api.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The full decision-api on a random port against the real MariaDB test database (see
 * {@code src/test/resources/config/application.properties}), with gauges refreshed quickly and tagged by store so
 * each test can read its own store's series. One shared context for every reviewer test that keeps the default lease.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "decision.review.metrics-refresh=200ms", "decision.review.metrics-store-tag=true" })
public @interface ReviewIntegrationTest {
}
