package com.decisionsuite.worker.audit;

import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections of a pool without auto-commit only to code running in one of that pool's transactions.
 * Outside a transaction such a pool rolls back whatever was written when the connection returns, so a write there
 * would vanish without an error; this makes it fail loudly instead. Inside a transaction the JDBC templates reuse the
 * bound connection (found through {@link #getWrappedObject()}) and never call {@link #getConnection()}.
 */
final class TransactionBoundDataSource extends DelegatingDataSource implements InfrastructureProxy {

    TransactionBoundDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() {
        throw new IllegalStateException("The transactional pool is used outside a transaction; its connections do not"
                + " auto-commit, so this work would be rolled back when the connection returns");
    }

    @Override
    public Connection getConnection(String username, String password) {
        return getConnection();
    }

    @Override
    public Object getWrappedObject() {
        return obtainTargetDataSource();
    }
}
