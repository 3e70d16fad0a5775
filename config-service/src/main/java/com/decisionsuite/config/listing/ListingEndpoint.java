package com.decisionsuite.config.listing;

import java.util.Arrays;
import java.util.Locale;

import com.decisionsuite.config.problem.ApiProblemException;
import com.decisionsuite.config.version.ConfigReader;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.config.web.ConfigPath;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages through the stores that have a configuration of their own.
 */
@RestController
@Tag(name = "configs")
class ListingEndpoint {

    static final int MAX_PAGE_SIZE = 200;

    private final ConfigReader reader;

    ListingEndpoint(ConfigReader reader) {
        this.reader = reader;
    }

    @Operation(summary = "A page of store overrides (stores without one use the defaults, see "
            + "/v1/configs/_defaults/{serviceType}), filtered by serviceType and mode")
    @GetMapping("/v1/configs")
    ConfigPageResponse list(@RequestParam(required = false) String serviceType,
            @RequestParam(required = false) String mode, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ServiceType type = serviceType == null || serviceType.isEmpty() ? null : serviceType(serviceType);
        ReviewMode reviewMode = mode == null || mode.isEmpty() ? null : mode(mode);
        if (page < 0) {
            throw ApiProblemException.badRequest("invalid-parameter", "page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblemException.badRequest("invalid-parameter", "size", "size must be 1-" + MAX_PAGE_SIZE);
        }
        Page<ConfigVersion> found = this.reader.liveOverrides(type, reviewMode, PageRequest.of(page, size));
        return new ConfigPageResponse(found.getContent().stream().map(ListedConfig::of).toList(), page, size,
                found.getTotalElements(), found.getTotalPages());
    }

    private static ServiceType serviceType(String wireName) {
        return ServiceType.find(wireName).orElseThrow(() -> ApiProblemException.badRequest("invalid-parameter",
                "serviceType", "Unknown service type '" + wireName + "'; known: " + ConfigPath.knownTypes()));
    }

    private static ReviewMode mode(String name) {
        try {
            return ReviewMode.valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw ApiProblemException.badRequest("invalid-parameter", "mode",
                    "Unknown mode '" + name + "'; known: " + Arrays.toString(ReviewMode.values()));
        }
    }
}
