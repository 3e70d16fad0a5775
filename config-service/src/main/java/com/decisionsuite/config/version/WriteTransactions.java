package com.decisionsuite.config.version;

import java.sql.SQLException;
import java.util.function.Supplier;

import com.decisionsuite.config.problem.ApiProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a configuration write in one transaction and turns losing a race into a client problem: the unique
 * (scope, service_type, version) key lets exactly one of two writers based on the same version commit.
 */
@Component
public class WriteTransactions {

    private final TransactionTemplate transactions;

    WriteTransactions(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Runs {@code work} in a new transaction; a duplicate version or a lock conflict rolls it back and becomes
     * {@code conflictStatus} (412 for conditional writes, 409 for bulk).
     */
    public <T> T write(HttpStatus conflictStatus, Supplier<T> work) {
        try {
            return this.transactions.execute(status -> work.get());
        }
        catch (PessimisticLockingFailureException ex) {
            throw lostRace(conflictStatus);
        }
        catch (DataIntegrityViolationException ex) {
            if (ex instanceof DuplicateKeyException || isDuplicateEntry(ex)) {
                throw lostRace(conflictStatus);
            }
            throw ex;
        }
    }

    private static ApiProblemException lostRace(HttpStatus status) {
        return ApiProblemException.concurrentChange(status,
                "Another change to this configuration committed first; nothing was written. Reload and retry.");
    }

    // Hibernate does not always classify MySQL's duplicate-key error as a unique violation (not with the MariaDB
    // dialect here), so look for the server's own error: 1062 ER_DUP_ENTRY, the same on MySQL and MariaDB.
    private static boolean isDuplicateEntry(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }

    private static final int ER_DUP_ENTRY = 1062;
}
