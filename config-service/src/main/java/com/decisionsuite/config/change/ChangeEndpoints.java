package com.decisionsuite.config.change;

import com.decisionsuite.config.effective.ConfigResponse;
import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.ConfigWriter;
import com.decisionsuite.config.version.Current;
import com.decisionsuite.config.version.Precondition;
import com.decisionsuite.config.version.Settings;
import com.decisionsuite.config.version.SettingsValidation;
import com.decisionsuite.config.web.Actor;
import com.decisionsuite.config.web.ConfigPath;
import com.decisionsuite.config.web.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes one configuration: a new version with new values, or the removal of a store override.
 */
@RestController
@Tag(name = "configs")
class ChangeEndpoints {

    private final ConfigWriter writer;

    ChangeEndpoints(ConfigWriter writer) {
        this.writer = writer;
    }

    @Operation(summary = "Create the next version. If-Match (the ETag you read) is required once the store or "
            + "default has a configuration of its own (428 without, 412 when stale); creating a store's first "
            + "override needs none, or send If-None-Match: *")
    @PutMapping("/v1/configs/{storeId}/{serviceType}")
    ResponseEntity<ConfigResponse> put(@PathVariable String storeId, @PathVariable String serviceType,
            @Parameter(required = true) @RequestHeader(name = Actor.HEADER, required = false) String actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestBody PutConfigRequest request) {
        ConfigPath path = ConfigPath.of(storeId, serviceType);
        String who = Actor.require(actor);
        Settings settings = SettingsValidation.validate(path.scope(), path.serviceType(), request.settings(),
                request.reason());
        Current after = this.writer.update(path.scope(), path.serviceType(), settings,
                new Precondition(ifMatch, ifNoneMatch, true), who, request.reason().strip());
        return EntityTags.ok(after, ConfigResponse.of(path.scope(), path.serviceType(), after));
    }

    @Operation(summary = "Remove a store override (If-Match required): records a new version, after which the "
            + "store falls back to the service type's default")
    @DeleteMapping("/v1/configs/{storeId}/{serviceType}")
    ResponseEntity<RemovalResponse> remove(@PathVariable String storeId, @PathVariable String serviceType,
            @Parameter(required = true) @RequestHeader(name = Actor.HEADER, required = false) String actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) RemoveOverrideRequest request) {
        ConfigPath path = ConfigPath.of(storeId, serviceType);
        if (path.isDefaults()) {
            throw new ApiProblemException(HttpStatus.METHOD_NOT_ALLOWED, "defaults-not-removable",
                    "Method not allowed", "storeId", "A service type's default cannot be removed; PUT new values");
        }
        String who = Actor.require(actor);
        String reason = SettingsValidation.requireReason(request == null ? null : request.reason());
        Current after = this.writer.remove(path.scope(), path.serviceType(), new Precondition(ifMatch, null, true),
                who, reason);
        ConfigVersion tombstone = after.own();
        return EntityTags.ok(after, new RemovalResponse(path.scope(), tombstone.version(), tombstone.updatedBy(),
                tombstone.updatedAt(), ConfigResponse.of(path.scope(), path.serviceType(), after)));
    }
}
