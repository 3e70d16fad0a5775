package com.decisionsuite.config.bulk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.decisionsuite.config.problem.FieldViolation;
import com.decisionsuite.config.problem.InvalidRequestException;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.Settings;
import com.decisionsuite.config.version.SettingsValidation;
import com.decisionsuite.config.web.Actor;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ServiceType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applies one change to a list of stores atomically.
 */
@RestController
@Tag(name = "bulk")
class BulkEndpoint {

    /** Upper bound of stores per bulk change, so one transaction stays short. */
    static final int MAX_STORES = 500;

    private final BulkWriter writer;

    BulkEndpoint(BulkWriter writer) {
        this.writer = writer;
    }

    @Operation(summary = "Apply one full configuration to up to 500 stores of one service type, all or none; "
            + "unconditional (no If-Match), 409 when a concurrent change to one of the stores wins")
    @PostMapping("/v1/configs:bulk")
    BulkApplyResponse apply(
            @Parameter(required = true) @RequestHeader(name = Actor.HEADER, required = false) String actor,
            @RequestBody BulkApplyRequest request) {
        String who = Actor.require(actor);
        List<FieldViolation> violations = storeIdViolations(request);
        ServiceType type = request.serviceType();
        Settings settings = type == null ? null : settings(request, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        List<String> storeIds = request.storeIds();
        List<ConfigVersion> written = this.writer.apply(type, storeIds, settings, who, request.reason().strip());
        return new BulkApplyResponse(type, who, written.get(0).updatedAt(),
                written.stream().map(row -> new BulkApplyResponse.StoreVersion(row.scope(), row.version())).toList());
    }

    // Store ids are checked on their own; the defaults scope lets the shared checks look at the values only.
    private static Settings settings(BulkApplyRequest request, List<FieldViolation> violations) {
        try {
            return SettingsValidation.validate(Identifiers.DEFAULTS_SCOPE, request.serviceType(), request.settings(),
                    request.reason());
        }
        catch (InvalidRequestException ex) {
            violations.addAll(ex.violations());
            return null;
        }
    }

    private static List<FieldViolation> storeIdViolations(BulkApplyRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.serviceType() == null) {
            violations.add(new FieldViolation("serviceType", "is required"));
        }
        List<String> storeIds = request.storeIds();
        if (storeIds == null || storeIds.isEmpty() || storeIds.size() > MAX_STORES) {
            violations.add(new FieldViolation("storeIds", "must list 1-" + MAX_STORES + " store ids"));
        }
        else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < storeIds.size(); i++) {
                String id = storeIds.get(i);
                if (id == null || !Identifiers.STORE_ID.matcher(id).matches()) {
                    violations.add(new FieldViolation("storeIds[" + i + "]", "must be a store id: 1-64 characters "
                            + "of [A-Za-z0-9._:-], starting with a letter or digit"));
                }
                else if (!seen.add(id)) {
                    violations.add(new FieldViolation("storeIds[" + i + "]", "repeats store id " + id));
                }
            }
        }
        return violations;
    }
}
