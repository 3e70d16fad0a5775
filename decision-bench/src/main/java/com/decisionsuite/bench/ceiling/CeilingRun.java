package com.decisionsuite.bench.ceiling;

import java.time.Duration;

import com.decisionsuite.bench.BenchProperties;
import com.decisionsuite.bench.measure.ErrorLog;
import com.decisionsuite.bench.report.BenchReport;
import com.decisionsuite.bench.report.ReportAssembly;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Measures both machine ceilings after the load, while the suite is idle, and sets this run's rate against them.
 */
public final class CeilingRun {

    private final BenchProperties properties;

    private final StatefulRedisConnection<String, String> redis;

    private final ErrorLog errors;

    public CeilingRun(BenchProperties properties, StatefulRedisConnection<String, String> redis, ErrorLog errors) {
        this.properties = properties;
        this.redis = redis;
        this.errors = errors;
    }

    /**
     * @param taskJson a representative task, so entries and rows have the real size
     * @param writers connections inserting in parallel (as many as the suite runs workers)
     */
    public BenchReport.Ceilings measure(String taskJson, int writers, double ourPerSecond) {
        Duration duration = this.properties.ceilings().duration();
        Double xadd = null;
        Double insert = null;
        try {
            xadd = new RedisCeiling(this.redis).measure(taskJson, duration);
        }
        catch (RuntimeException ex) {
            this.errors.record("ceiling-redis", ex.toString());
        }
        BenchProperties.Endpoints endpoints = this.properties.endpoints();
        try {
            insert = new MysqlCeiling(endpoints.mysql(), endpoints.mysqlUser(), endpoints.mysqlPassword(),
                    this.properties.ceilings().scratchDatabase())
                    .measure(endpoints.mysqlDatabase(), taskJson, Math.max(1, writers), duration);
        }
        catch (Exception ex) {
            this.errors.record("ceiling-mysql", ex.toString());
        }
        return ReportAssembly.ceilings(round(xadd), round(insert), ourPerSecond);
    }

    private static Double round(Double value) {
        return value == null ? null : (double) Math.round(value);
    }
}
