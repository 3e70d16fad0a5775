package com.decisionsuite.api.review;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The reviewer's working calls: claim the most urgent item, keep it, decide it, or give it back.
 */
@RestController
@RequestMapping("/v1/reviews")
@Tag(name = "reviews", description = "Human review queue: leases, verdicts, lists and stats")
class ReviewLeaseController {

    private final ReviewLeases leases;

    private final VerdictRecorder recorder;

    private final DecisionAudit decisions;

    ReviewLeaseController(ReviewLeases leases, VerdictRecorder recorder, DecisionAudit decisions) {
        this.leases = leases;
        this.recorder = recorder;
        this.decisions = decisions;
    }

    @PostMapping("/claim")
    @Operation(summary = "Lease the most urgent claimable item (overdue first, then earliest deadline, then oldest)")
    @ApiResponse(responseCode = "200", description = "An item with its lease")
    @ApiResponse(responseCode = "204", description = "Nothing waits for this reviewer's filters")
    @ApiResponse(responseCode = "400", description = "A field is invalid (problem type invalid-field)")
    ResponseEntity<ClaimResponse> claim(@RequestBody ClaimRequest request) {
        return this.leases.claim(request.criteria())
                .map(lease -> ClaimResponse.of(lease, this.decisions.find(lease.item().taskId()).orElse(null)))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{reviewId}/heartbeat")
    @Operation(summary = "Extend a live lease by the lease duration, up to the maximum heartbeat extension")
    @ApiResponse(responseCode = "200", description = "The lease's new end")
    @ApiResponse(responseCode = "404", description = "No such item (review-not-found)")
    @ApiResponse(responseCode = "409", description = "The token does not hold a live lease (lease-conflict)")
    LeaseResponse heartbeat(@PathVariable long reviewId, @RequestBody LeaseRequest request) {
        return LeaseResponse.of(this.leases.heartbeat(reviewId, request.requiredToken()));
    }

    @PostMapping("/{reviewId}/verdict")
    @Operation(summary = "Record the verdict and close the item; repeating the same verdict with the same token is a no-op")
    @ApiResponse(responseCode = "200", description = "The verdict on record (replayed=true for a repeat)")
    @ApiResponse(responseCode = "400", description = "A field is invalid (invalid-field)")
    @ApiResponse(responseCode = "404", description = "No such item (review-not-found)")
    @ApiResponse(responseCode = "409", description = "Stale or foreign lease (lease-conflict), or another verdict exists (already-decided)")
    @ApiResponse(responseCode = "422", description = "CONFIRM without a model proposal (nothing-to-confirm)")
    VerdictResponse verdict(@PathVariable long reviewId, @RequestBody VerdictRequest request) {
        return VerdictResponse.of(this.recorder.record(reviewId, request.command()));
    }

    @PostMapping("/{reviewId}/release")
    @Operation(summary = "Give the item back to the queue at its original rank")
    @ApiResponse(responseCode = "204", description = "Released (also when already released with this token)")
    @ApiResponse(responseCode = "404", description = "No such item (review-not-found)")
    @ApiResponse(responseCode = "409", description = "The token does not hold a live lease (lease-conflict)")
    ResponseEntity<Void> release(@PathVariable long reviewId, @RequestBody LeaseRequest request) {
        this.leases.release(reviewId, request.requiredToken());
        return ResponseEntity.noContent().build();
    }
}
