package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.decisionsuite.model.ServiceType;

class ReviewRequestsTests {

    @Test
    void claimRequestBecomesCriteriaWithWireNamedTypes() {
        ClaimCriteria criteria = new ClaimRequest(" alice ", List.of("cart-verification"), List.of("store-1")).criteria();

        assertThat(criteria.reviewer()).isEqualTo("alice");
        assertThat(criteria.serviceTypes()).containsExactly(ServiceType.CART_VERIFICATION);
        assertThat(criteria.storeIds()).containsExactly("store-1");
    }

    @Test
    void claimRequestWithoutFiltersServesEveryQueue() {
        ClaimCriteria criteria = new ClaimRequest("alice", null, null).criteria();

        assertThat(criteria.serviceTypes()).isEmpty();
        assertThat(criteria.storeIds()).isEmpty();
    }

    @Test
    void claimRequestNamesTheBadField() {
        assertField(() -> new ClaimRequest("", null, null).criteria(), "reviewer");
        assertField(() -> new ClaimRequest("alice", List.of("tracking", "nope"), null).criteria(), "serviceTypes[1]");
        assertField(() -> new ClaimRequest("alice", null, List.of("_defaults")).criteria(), "storeIds[0]");
        assertField(() -> new ClaimRequest("alice", null, IntStream.range(0, 101).mapToObj(i -> "s" + i).toList()).criteria(), "storeIds");
    }

    @Test
    void verdictRequestTakesALabelOnlyWithCorrect() {
        assertThat(new VerdictRequest("t", "CORRECT", "sku-2", null).command().label()).isEqualTo("sku-2");
        assertField(() -> new VerdictRequest("t", "CORRECT", " ", null).command(), "label");
        assertField(() -> new VerdictRequest("t", "REJECT_ALL", "sku-2", null).command(), "label");
        assertField(() -> new VerdictRequest("t", "confirm", null, null).command(), "verdict");
        assertField(() -> new VerdictRequest("t", null, null, null).command(), "verdict");
        assertField(() -> new VerdictRequest(null, "CONFIRM", null, null).command(), "leaseToken");
        assertField(() -> new VerdictRequest("t", "CONFIRM", null, "x".repeat(2001)).command(), "notes");
    }

    private static void assertField(Runnable request, String field) {
        assertThatExceptionOfType(InvalidReviewFieldException.class).isThrownBy(request::run)
                .satisfies(ex -> assertThat(ex.toProblem().getProperties()).containsEntry("field", field));
    }
}
