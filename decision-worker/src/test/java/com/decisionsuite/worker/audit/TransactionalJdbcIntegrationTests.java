package com.decisionsuite.worker.audit;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import com.decisionsuite.worker.support.TestDatabase;
import com.decisionsuite.worker.support.WorkerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class TransactionalJdbcIntegrationTests extends WorkerIntegrationTest {

    private static final String COUNT = "SELECT COUNT(*) FROM result_relay_cursor WHERE name = 'pool-test'";

    private static final String INSERT = "INSERT INTO result_relay_cursor (name, position, updated_at)"
            + " VALUES ('pool-test', 7, UTC_TIMESTAMP(6))";

    @Autowired
    TransactionalJdbc database;

    @Autowired
    HikariDataSource readPool;

    @Autowired
    MeterRegistry meters;

    private final JdbcTemplate direct = TestDatabase.jdbc();

    @BeforeEach
    void noTestRow() {
        this.direct.update("DELETE FROM result_relay_cursor WHERE name = 'pool-test'");
    }

    @Test
    void commitsWhatATransactionWroteOnConnectionsThatNeverAutoCommit() {
        Boolean autoCommit = this.database.transactions().execute(status -> {
            this.database.jdbc().update(INSERT);
            return this.database.jdbc().execute((ConnectionCallback<Boolean>) connection -> connection.getAutoCommit());
        });

        assertThat(autoCommit).isFalse();
        assertThat(this.direct.queryForObject(COUNT, Integer.class)).isEqualTo(1);
    }

    @Test
    void keepsTheConfiguredPoolSizeForTransactionsAndTwoConnectionsForReads() {
        Gauge transactional = this.meters.find("hikaricp.connections.max")
                .tag("pool", TransactionalPoolConfiguration.POOL_NAME).gauge();

        assertThat(transactional).isNotNull();
        assertThat(transactional.value()).isEqualTo(8); // spring.datasource.hikari.maximum-pool-size
        assertThat(this.readPool.getMaximumPoolSize()).isEqualTo(TransactionalPoolConfiguration.READ_POOL_SIZE);
    }

    @Test
    void rollsBackATransactionThatFailed() {
        assertThatException().isThrownBy(() -> this.database.transactions().executeWithoutResult(status -> {
            this.database.jdbc().update(INSERT);
            throw new IllegalStateException("boom");
        })).withMessage("boom");

        assertThat(this.direct.queryForObject(COUNT, Integer.class)).isZero();
    }

    @Test
    void refusesAWriteOutsideATransactionInsteadOfLosingIt() {
        assertThatException().isThrownBy(() -> this.database.jdbc().update(INSERT))
                .havingRootCause().isInstanceOf(IllegalStateException.class).withMessageContaining("outside a transaction");

        assertThat(this.direct.queryForObject(COUNT, Integer.class)).isZero();
    }
}
