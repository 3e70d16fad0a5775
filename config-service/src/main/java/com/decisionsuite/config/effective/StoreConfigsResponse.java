package com.decisionsuite.config.effective;

import java.util.List;

/**
 * The effective configuration of every service type of one store.
 */
public record StoreConfigsResponse(String storeId, List<ConfigResponse> configs) {
}
