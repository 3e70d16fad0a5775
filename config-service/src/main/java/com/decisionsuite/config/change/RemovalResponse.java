package com.decisionsuite.config.change;

import java.time.Instant;

import com.decisionsuite.config.effective.ConfigResponse;

/**
 * The recorded removal of a store override and the default that applies from now on.
 *
 * @param removedInVersion the version that records the removal in the store's history
 */
record RemovalResponse(String storeId, int removedInVersion, String removedBy, Instant removedAt,
        ConfigResponse effective) {
}
