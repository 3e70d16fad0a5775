package com.decisionsuite.config.history;

import java.util.List;

import com.decisionsuite.model.ServiceType;

/**
 * Every version of one configuration, newest first.
 */
record HistoryResponse(String storeId, ServiceType serviceType, List<HistoryEntry> versions) {
}
