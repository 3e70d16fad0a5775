package com.decisionsuite.config.bulk;

import java.time.Instant;
import java.util.List;

import com.decisionsuite.model.ServiceType;

/**
 * The versions one bulk change wrote, one per store, all committed together.
 */
record BulkApplyResponse(ServiceType serviceType, String updatedBy, Instant updatedAt, List<StoreVersion> stores) {

    /** The new version of one store; its ETag is {@code "version"}. */
    record StoreVersion(String storeId, int version) {
    }
}
