package com.decisionsuite.config.version;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads configurations; inside a write transaction its reads join that transaction.
 */
@Component
@Transactional(readOnly = true)
public class ConfigReader {

    private final ConfigVersionRepository versions;

    ConfigReader(ConfigVersionRepository versions) {
        this.versions = versions;
    }

    /** The current state of (scope, type), with the default for a store scope. */
    public Current current(String scope, ServiceType type) {
        ConfigVersion own = this.versions.findFirstByScopeAndServiceTypeOrderByVersionDesc(scope, type).orElse(null);
        ConfigVersion fallback = Identifiers.DEFAULTS_SCOPE.equals(scope) ? null : this.versions
                .findFirstByScopeAndServiceTypeOrderByVersionDesc(Identifiers.DEFAULTS_SCOPE, type).orElse(null);
        return new Current(own, fallback);
    }

    /** The current state of every service type of a scope, in enum order. */
    public List<Current> currentOfEveryType(String scope) {
        return Arrays.stream(ServiceType.values()).map(type -> current(scope, type)).toList();
    }

    /** The current state of many stores for one type, keyed by store id. */
    public Map<String, Current> currentOfStores(ServiceType type, Collection<String> storeIds) {
        ConfigVersion fallback = this.versions
                .findFirstByScopeAndServiceTypeOrderByVersionDesc(Identifiers.DEFAULTS_SCOPE, type).orElse(null);
        Map<String, ConfigVersion> own = this.versions.findCurrent(type, storeIds).stream()
                .collect(Collectors.toMap(ConfigVersion::scope, Function.identity()));
        return storeIds.stream().collect(Collectors.toMap(Function.identity(),
                id -> new Current(own.get(id), fallback)));
    }

    /** Version {@code version} of (scope, type), if it exists. */
    public ConfigVersion version(String scope, ServiceType type, int version) {
        return this.versions.findByScopeAndServiceTypeAndVersion(scope, type, version).orElse(null);
    }

    /** Every version of (scope, type), newest first. */
    public List<ConfigVersion> history(String scope, ServiceType type) {
        return this.versions.findByScopeAndServiceTypeOrderByVersionDesc(scope, type);
    }

    /** A page of live store overrides; {@code null} filters match everything. */
    public Page<ConfigVersion> liveOverrides(ServiceType type, ReviewMode mode, Pageable page) {
        return this.versions.findLiveOverrides(type, mode, page);
    }
}
