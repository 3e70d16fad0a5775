package com.decisionsuite.config.history;

import java.util.ArrayList;
import java.util.List;

import com.decisionsuite.config.effective.ConfigResponse;
import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.config.problem.InvalidRequestException;
import com.decisionsuite.config.version.ConfigReader;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.version.ConfigWriter;
import com.decisionsuite.config.version.Current;
import com.decisionsuite.config.version.Precondition;
import com.decisionsuite.config.version.SettingsValidation;
import com.decisionsuite.config.web.Actor;
import com.decisionsuite.config.web.ConfigPath;
import com.decisionsuite.config.web.EntityTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The version history of one configuration, and rollback to an earlier version.
 */
@RestController
@Tag(name = "history")
class HistoryEndpoints {

    private final ConfigReader reader;

    private final ConfigWriter writer;

    HistoryEndpoints(ConfigReader reader, ConfigWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    @Operation(summary = "Every version, newest first, with who, when, why and the diff to the previous version")
    @GetMapping("/v1/configs/{storeId}/{serviceType}/history")
    HistoryResponse history(@PathVariable String storeId, @PathVariable String serviceType) {
        ConfigPath path = ConfigPath.of(storeId, serviceType);
        List<ConfigVersion> rows = this.reader.history(path.scope(), path.serviceType());
        if (rows.isEmpty() && path.isDefaults()) {
            throw ApiProblemException.notFound("config-not-found", "serviceType",
                    "No default exists for " + path.serviceType());
        }
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            entries.add(HistoryEntry.of(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1) : null));
        }
        return new HistoryResponse(path.scope(), path.serviceType(), entries);
    }

    @Operation(summary = "Write a new version equal to version toVersion; If-Match is optional here (412 when "
            + "stale) since the target values are named explicitly")
    @PostMapping("/v1/configs/{storeId}/{serviceType}/rollback")
    ResponseEntity<ConfigResponse> rollback(@PathVariable String storeId, @PathVariable String serviceType,
            @Parameter(required = true) @RequestHeader(name = Actor.HEADER, required = false) String actor,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RollbackRequest request) {
        ConfigPath path = ConfigPath.of(storeId, serviceType);
        String who = Actor.require(actor);
        if (request.toVersion() == null || request.toVersion() < 1) {
            throw new InvalidRequestException("toVersion", "is required and must be a positive version number");
        }
        String reason = SettingsValidation.requireReason(request.reason());
        Current after = this.writer.rollback(path.scope(), path.serviceType(), request.toVersion(),
                new Precondition(ifMatch, null, false), who, reason);
        return EntityTags.ok(after, ConfigResponse.of(path.scope(), path.serviceType(), after));
    }
}
