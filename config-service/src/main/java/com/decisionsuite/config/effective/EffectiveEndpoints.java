package com.decisionsuite.config.effective;

import java.util.ArrayList;
import java.util.List;

import com.decisionsuite.config.version.ConfigReader;
import com.decisionsuite.config.version.Current;
import com.decisionsuite.config.web.ConfigPath;
import com.decisionsuite.config.web.EntityTags;
import com.decisionsuite.model.ServiceType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the configuration that applies to a store: its own or, failing that, its service type's default.
 */
@RestController
@Tag(name = "configs")
class EffectiveEndpoints {

    private final ConfigReader reader;

    EffectiveEndpoints(ConfigReader reader) {
        this.reader = reader;
    }

    @Operation(summary = "The effective configuration of a store and service type (store id _defaults for the "
            + "service type's default); ETag is \"N\" for a version of its own, \"default-N\" for a fallback")
    @GetMapping("/v1/configs/{storeId}/{serviceType}")
    ResponseEntity<ConfigResponse> effective(@PathVariable String storeId, @PathVariable String serviceType) {
        ConfigPath path = ConfigPath.of(storeId, serviceType);
        Current current = this.reader.current(path.scope(), path.serviceType());
        return EntityTags.ok(current, ConfigResponse.of(path.scope(), path.serviceType(), current));
    }

    @Operation(summary = "The effective configuration of every service type of a store")
    @GetMapping("/v1/configs/{storeId}")
    StoreConfigsResponse store(@PathVariable String storeId) {
        String scope = ConfigPath.scope(storeId);
        List<Current> all = this.reader.currentOfEveryType(scope);
        List<ConfigResponse> configs = new ArrayList<>();
        ServiceType[] types = ServiceType.values();
        for (int i = 0; i < types.length; i++) {
            if (all.get(i).effective() != null) {
                configs.add(ConfigResponse.of(scope, types[i], all.get(i)));
            }
        }
        return new StoreConfigsResponse(scope, configs);
    }
}
