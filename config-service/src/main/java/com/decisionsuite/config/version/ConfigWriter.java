package com.decisionsuite.config.version;

import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.config.problem.InvalidRequestException;
import com.decisionsuite.model.ServiceType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The conditional changes to one (scope, type): update, rollback, removal. Each reads the current state,
 * checks the precondition and appends one version, all in one transaction.
 */
@Component
public class ConfigWriter {

    private final ConfigReader reader;

    private final VersionAppender appender;

    private final WriteTransactions transactions;

    ConfigWriter(ConfigReader reader, VersionAppender appender, WriteTransactions transactions) {
        this.reader = reader;
        this.appender = appender;
        this.transactions = transactions;
    }

    /** Writes {@code settings} as the next version; the result's effective row is the new one. */
    public Current update(String scope, ServiceType type, Settings settings, Precondition precondition,
            String actor, String reason) {
        return this.transactions.write(HttpStatus.PRECONDITION_FAILED, () -> {
            Current current = this.reader.current(scope, type);
            precondition.check(current);
            Change change = this.appender.change(actor, reason, ChangeKind.UPDATE, null);
            return new Current(this.appender.append(scope, type, current, settings, change), current.fallback());
        });
    }

    /** Writes a new version equal to version {@code toVersion}. */
    public Current rollback(String scope, ServiceType type, int toVersion, Precondition precondition,
            String actor, String reason) {
        return this.transactions.write(HttpStatus.PRECONDITION_FAILED, () -> {
            ConfigVersion target = this.reader.version(scope, type, toVersion);
            if (target == null) {
                throw new InvalidRequestException("toVersion", "version " + toVersion + " does not exist");
            }
            if (target.removed()) {
                throw new InvalidRequestException("toVersion", "version " + toVersion
                        + " removed the override and holds no values; DELETE to remove it again");
            }
            Current current = this.reader.current(scope, type);
            precondition.check(current);
            Change change = this.appender.change(actor, reason, ChangeKind.ROLLBACK, toVersion);
            return new Current(this.appender.append(scope, type, current, target.settings(), change),
                    current.fallback());
        });
    }

    /** Removes a store override: a tombstone version, after which the store falls back to the default. */
    public Current remove(String storeId, ServiceType type, Precondition precondition, String actor, String reason) {
        return this.transactions.write(HttpStatus.PRECONDITION_FAILED, () -> {
            Current current = this.reader.current(storeId, type);
            if (!current.live()) {
                throw ApiProblemException.notFound("no-store-override", "storeId", "Store " + storeId
                        + " has no " + type + " override of its own to remove");
            }
            precondition.check(current);
            Change change = this.appender.change(actor, reason, ChangeKind.DELETE, null);
            return new Current(this.appender.append(storeId, type, current, null, change), current.fallback());
        });
    }
}
