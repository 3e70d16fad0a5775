package com.decisionsuite.worker.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Derives the transactional pool from the application's pool: same server, credentials, driver properties and
 * sizes ({@code spring.datasource.*}), but without auto-commit and with a name of its own in the pool metrics.
 */
@Configuration(proxyBeanMethods = false)
class TransactionalPoolConfiguration {

    @Bean(destroyMethod = "close")
    TransactionalJdbc transactionalJdbc(HikariDataSource primary, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        primary.copyStateTo(config);
        config.setPoolName((primary.getPoolName() == null ? "decision-worker" : primary.getPoolName()) + "-tx");
        config.setAutoCommit(false);
        if (config.getMetricsTrackerFactory() == null && config.getMetricRegistry() == null) {
            config.setMetricRegistry(meters);
        }
        return new TransactionalJdbc(new HikariDataSource(config));
    }
}
