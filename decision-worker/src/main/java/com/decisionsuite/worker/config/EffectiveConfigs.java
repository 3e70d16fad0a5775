package com.decisionsuite.worker.config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.decisionsuite.model.Identifiers;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * The configuration a task is judged by: the store's own, else its service type's default, else none. Served
 * from a near cache whose entries live at most {@code config-cache-ttl} and are dropped when config-service
 * announces a change; per scope, so a default change reaches every store that falls back at once.
 */
@Component
public class EffectiveConfigs {

    private static final Logger log = LoggerFactory.getLogger(EffectiveConfigs.class);

    private final Map<Scope, Entry> entries = new ConcurrentHashMap<>();

    private final AtomicLong invalidations = new AtomicLong();

    // While change announcements cannot be heard, cached entries are not trusted: every batch asks Redis again.
    private volatile boolean hearing;

    private final ConfigLoader loader;

    private final long ttlNanos;

    private final int maxEntries;

    private final LongSupplier nanoTime;

    private final MeterRegistry meters;

    // Version last loaded per scope that has a configuration (store overrides and service-type defaults).
    private final Map<Scope, AtomicInteger> versionsInUse = new ConcurrentHashMap<>();

    private final Counter hits;

    private final Counter misses;

    private final Counter reloads;

    private final Counter reloadFailures;

    @Autowired
    EffectiveConfigs(ConfigLoader loader, ConfigCacheProperties properties, MeterRegistry meters) {
        this(loader, properties, meters, System::nanoTime);
    }

    EffectiveConfigs(ConfigLoader loader, ConfigCacheProperties properties, MeterRegistry meters, LongSupplier nanoTime) {
        this.loader = loader;
        this.ttlNanos = properties.configCacheTtl().toNanos();
        this.maxEntries = properties.configCacheMaxEntries();
        this.nanoTime = nanoTime;
        this.hits = meters.counter("decision.config.cache", "result", "hit");
        this.misses = meters.counter("decision.config.cache", "result", "miss");
        this.reloads = meters.counter("decision.config.cache", "result", "reload");
        this.reloadFailures = meters.counter("decision.config.reload.failures");
        this.meters = meters;
    }

    /**
     * The effective configuration, or null when neither the store nor the type default has one.
     *
     * @throws RuntimeException when it cannot be loaded and nothing usable is cached
     */
    public ThresholdConfig effective(String storeId, ServiceType type) {
        Optional<ThresholdConfig> own = scope(new Scope(storeId, type));
        if (own.isPresent()) {
            return own.get();
        }
        return scope(new Scope(Identifiers.DEFAULTS_SCOPE, type)).orElse(null);
    }

    /** Drops one scope; for {@code _defaults} that covers every store falling back to it. */
    public void invalidate(String scope, ServiceType type) {
        this.invalidations.incrementAndGet();
        this.entries.remove(new Scope(scope, type));
    }

    /** Whether change announcements currently reach this worker. */
    public void hearing(boolean hearingChanges) {
        this.hearing = hearingChanges;
    }

    /** Drops everything, e.g. when change announcements may have been missed. */
    public void invalidateAll() {
        this.invalidations.incrementAndGet();
        this.entries.clear();
    }

    private Optional<ThresholdConfig> scope(Scope scope) {
        long now = this.nanoTime.getAsLong();
        Entry entry = this.entries.get(scope);
        if (entry != null && this.hearing && now - entry.loadedAt() < this.ttlNanos) {
            this.hits.increment();
            return entry.value();
        }
        (entry == null ? this.misses : this.reloads).increment();
        long generation = this.invalidations.get();
        Optional<ThresholdConfig> value;
        try {
            value = this.loader.load(scope.scope(), scope.type());
        }
        catch (RuntimeException ex) {
            this.reloadFailures.increment();
            if (entry == null) {
                throw ex;
            }
            log.warn("Configuration reload of {}/{} failed; keeping version in hand: {}", scope.scope(), scope.type(),
                    ex.toString());
            return entry.value();
        }
        if (this.entries.size() >= this.maxEntries) {
            this.entries.clear();
        }
        value.ifPresent(config -> versionInUse(scope).set(config.version()));
        // A change announced while loading may not be in what was read: use it once, do not keep it.
        if (generation == this.invalidations.get()) {
            this.entries.put(scope, new Entry(value, now));
        }
        return value;
    }

    private AtomicInteger versionInUse(Scope scope) {
        return this.versionsInUse.computeIfAbsent(scope, s -> {
            AtomicInteger version = new AtomicInteger();
            Gauge.builder("decision.config.version", version, AtomicInteger::get)
                    .description("Configuration version this worker last loaded, per store override or default")
                    .tag("service_type", s.type().wireName()).tag("scope", s.scope()).register(this.meters);
            return version;
        });
    }

    private record Scope(String scope, ServiceType type) {
    }

    private record Entry(Optional<ThresholdConfig> value, long loadedAt) {
    }
}
