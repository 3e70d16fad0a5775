package com.decisionsuite.config.reload;

import com.decisionsuite.config.version.ConfigCommitted;
import com.decisionsuite.config.version.ConfigVersion;
import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.model.ThresholdConfig;
import com.decisionsuite.model.ThresholdsChanged;
import com.decisionsuite.model.WireCodec;

/**
 * What one committed version puts into Redis: the cache entry's key and value, and the change announcement.
 *
 * @param version the version behind the value (for a removed override, the version that removed it)
 * @param value the {@link ThresholdConfig} as JSON, or {@link #ABSENT} when the store has no override
 */
record CacheEntry(String scope, ServiceType serviceType, int version, String value) {

    /** The value cached for a store without an override of its own, so workers need not ask MySQL again. */
    static final String ABSENT = "none";

    static CacheEntry of(ConfigCommitted committed) {
        return of(committed.scope(), committed.serviceType(), committed.version(), committed.config());
    }

    static CacheEntry of(ConfigVersion row) {
        return of(row.scope(), row.serviceType(), row.version(), row.toThresholdConfig());
    }

    private static CacheEntry of(String scope, ServiceType type, int version, ThresholdConfig config) {
        return new CacheEntry(scope, type, version, config == null ? ABSENT : WireCodec.write(config));
    }

    String key() {
        return Identifiers.DEFAULTS_SCOPE.equals(this.scope) ? TaskStreams.defaultConfigKey(this.serviceType)
                : TaskStreams.storeConfigKey(this.scope, this.serviceType);
    }

    /** The key holding the version behind the entry; its hash tag is the entry's key, so both share a slot. */
    String versionKey() {
        return "{" + key() + "}:version";
    }

    String announcement() {
        return WireCodec.write(new ThresholdsChanged(this.scope, this.serviceType, this.version));
    }
}
