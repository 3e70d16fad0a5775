package com.decisionsuite.config.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.decisionsuite.config.version.Change;
import com.decisionsuite.config.version.ChangeKind;
import com.decisionsuite.config.version.ConfigReader;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.Current;
import com.decisionsuite.config.version.Settings;
import com.decisionsuite.config.version.VersionAppender;
import com.decisionsuite.config.version.WriteTransactions;
import com.decisionsuite.model.ServiceType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Writes one configuration as the next version of many stores in one transaction: all commit or none does.
 */
@Component
class BulkWriter {

    private final ConfigReader reader;

    private final VersionAppender appender;

    private final WriteTransactions transactions;

    BulkWriter(ConfigReader reader, VersionAppender appender, WriteTransactions transactions) {
        this.reader = reader;
        this.appender = appender;
        this.transactions = transactions;
    }

    /** The written versions in the order of {@code storeIds}, which must be distinct, valid store ids. */
    List<ConfigVersion> apply(ServiceType type, List<String> storeIds, Settings settings, String actor,
            String reason) {
        // Sorted so two overlapping bulk changes take their row locks in the same order and do not deadlock.
        List<String> ordered = storeIds.stream().sorted().toList();
        List<ConfigVersion> written = this.transactions.write(HttpStatus.CONFLICT, () -> {
            Map<String, Current> current = this.reader.currentOfStores(type, ordered);
            Change change = this.appender.change(actor, reason, ChangeKind.BULK, null);
            List<ConfigVersion> rows = new ArrayList<>(ordered.size());
            for (String storeId : ordered) {
                rows.add(this.appender.append(storeId, type, current.get(storeId), settings, change));
            }
            return rows;
        });
        return storeIds.stream().map(id -> written.get(ordered.indexOf(id))).toList();
    }
}
