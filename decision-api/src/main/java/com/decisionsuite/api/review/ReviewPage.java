package com.decisionsuite.api.review;

import java.util.List;

/**
 * One page of the review list.
 */
record ReviewPage(List<ReviewSummary> items, int page, int size, long totalItems, int totalPages) {

    ReviewPage {
        items = List.copyOf(items);
    }
}
