package com.decisionsuite.api.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.InvalidFieldException;
import com.decisionsuite.model.ServiceType;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of {@code POST /v1/reviews/claim}; read leniently, then validated into {@link ClaimCriteria} so a bad field
 * comes back as a problem naming it.
 */
@Schema(description = "Who claims, optionally restricted to service types (wire names) and stores")
record ClaimRequest(
        @Schema(example = "alice", requiredMode = Schema.RequiredMode.REQUIRED) String reviewer,
        @Schema(example = "[\"product-recognition\"]") List<String> serviceTypes,
        @Schema(example = "[\"store-042\"]") List<String> storeIds) {

    ClaimCriteria criteria() {
        Set<ServiceType> types = new LinkedHashSet<>();
        List<String> typeNames = serviceTypes == null ? List.of() : serviceTypes;
        for (int i = 0; i < typeNames.size(); i++) {
            String field = "serviceTypes[" + i + "]";
            types.add(ServiceType.find(typeNames.get(i)).orElseThrow(() -> new InvalidReviewFieldException(field,
                    "unknown service type; known: " + List.of(ServiceType.values()))));
        }
        Set<String> stores = new LinkedHashSet<>();
        List<String> storeNames = storeIds == null ? List.of() : storeIds;
        for (int i = 0; i < storeNames.size(); i++) {
            stores.add(requireStoreId("storeIds[" + i + "]", storeNames.get(i)));
        }
        return new ClaimCriteria(reviewer, types, stores);
    }

    static String requireStoreId(String field, String storeId) {
        try {
            return Identifiers.requireStoreId(field, storeId);
        }
        catch (InvalidFieldException ex) {
            throw new InvalidReviewFieldException(ex.field(), ex.reason());
        }
    }
}
