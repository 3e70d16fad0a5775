package com.decisionsuite.config.listing;

import java.util.List;

/**
 * A page of store overrides, ordered by store id then service type.
 *
 * @param page zero-based page number
 */
record ConfigPageResponse(List<ListedConfig> items, int page, int size, long totalItems, int totalPages) {
}
