package com.decisionsuite.api.review;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Looking at the queue: filtered pages, one item in full, and stats.
 */
@RestController
@RequestMapping("/v1/reviews")
@Tag(name = "reviews")
class ReviewQueryController {

    private final ReviewReads reads;

    private final ReviewStats stats;

    private final ReviewProperties properties;

    ReviewQueryController(ReviewReads reads, ReviewStats stats, ReviewProperties properties) {
        this.reads = reads;
        this.stats = stats;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "List review items in queue order; status is effective (a lapsed lease counts as PENDING)")
    @ApiResponse(responseCode = "200", description = "One page")
    @ApiResponse(responseCode = "400", description = "A filter is invalid (invalid-field)")
    ReviewPage list(
            @Parameter(description = "PENDING, CLAIMED or DONE") @RequestParam(required = false) String status,
            @RequestParam(required = false) String storeId,
            @Parameter(description = "wire name, e.g. product-recognition") @RequestParam(required = false) String serviceType,
            @Parameter(description = "who holds or decided the item") @RequestParam(required = false) String reviewer,
            @Parameter(description = "ESCALATION or AUDIT") @RequestParam(required = false) String kind,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidReviewFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > this.properties.maxPageSize()) {
            throw new InvalidReviewFieldException("size", "must be within 1.." + this.properties.maxPageSize());
        }
        ReviewFilter filter = new ReviewFilter(parse("status", status, ReviewStatus.class),
                storeId == null ? null : ClaimRequest.requireStoreId("storeId", storeId),
                ReviewStats.serviceType("serviceType", serviceType), reviewer, parse("kind", kind, ReviewKind.class),
                overdue);
        return this.reads.list(filter, page, size);
    }

    @GetMapping("/{reviewId}")
    @Operation(summary = "One review item with task, proposal, reason and verdict")
    @ApiResponse(responseCode = "200", description = "The item")
    @ApiResponse(responseCode = "404", description = "No such item (review-not-found)")
    ReviewResponse get(@PathVariable long reviewId) {
        return this.reads.get(reviewId);
    }

    @GetMapping("/stats")
    @Operation(summary = "Pending, in-review and overdue counts and oldest pending age per store and type now; "
            + "verdicts per hour and agreement rates (escalations and audits apart) in [from, to), default the last 24 h")
    @ApiResponse(responseCode = "200", description = "The stats")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid (invalid-field)")
    ReviewStatsResponse stats(
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) String to,
            @RequestParam(required = false) String storeId,
            @RequestParam(required = false) String serviceType) {
        StatsWindow window = StatsWindow.of(instant("from", from), instant("to", to),
                storeId == null ? null : ClaimRequest.requireStoreId("storeId", storeId),
                ReviewStats.serviceType("serviceType", serviceType), this.stats.now());
        return this.stats.stats(window);
    }

    static Instant instant(String field, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidReviewFieldException(field, "must be an ISO-8601 instant such as 2026-11-22T10:00:00Z");
        }
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidReviewFieldException(field,
                        "must be one of " + Arrays.toString(type.getEnumConstants())));
    }
}
