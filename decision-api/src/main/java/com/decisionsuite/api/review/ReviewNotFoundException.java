package com.decisionsuite.api.review;

import org.springframework.http.HttpStatus;

import com.decisionsuite.api.web.ApiProblemException;

/**
 * No review item has the requested id (404 {@code review-not-found}).
 */
class ReviewNotFoundException extends ApiProblemException {

    ReviewNotFoundException(long reviewId) {
        super(HttpStatus.NOT_FOUND, "review-not-found", "Review not found", "no review item " + reviewId);
    }
}
