package com.decisionsuite.worker.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Derives the transactional pool from the application's pool: same server, credentials, driver properties and
 * size ({@code spring.datasource.*}), but without auto-commit and with a name of its own in the pool metrics. The
 * application's pool keeps only what the worker still reads outside transactions (redelivered task ids, Flyway at
 * start-up, the health check), so it shrinks to {@link #READ_POOL_SIZE}: a worker holds at most
 * {@code spring.datasource.hikari.maximum-pool-size} + 2 connections.
 */
@Configuration(proxyBeanMethods = false)
class TransactionalPoolConfiguration {

    static final int READ_POOL_SIZE = 2;

    /** The {@code pool} tag of this pool's {@code hikaricp.*} meters. */
    static final String POOL_NAME = "transactional";

    @Bean(destroyMethod = "close")
    TransactionalJdbc transactionalJdbc(HikariDataSource primary, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        primary.copyStateTo(config);
        config.setPoolName(POOL_NAME);
        config.setAutoCommit(false);
        if (config.getMetricsTrackerFactory() == null && config.getMetricRegistry() == null) {
            config.setMetricRegistry(meters);
        }
        // Both may change at run time (HikariConfigMXBean), also once the pool has started.
        primary.setMaximumPoolSize(Math.min(READ_POOL_SIZE, config.getMaximumPoolSize()));
        primary.setMinimumIdle(1);
        return new TransactionalJdbc(new HikariDataSource(config));
    }
}
