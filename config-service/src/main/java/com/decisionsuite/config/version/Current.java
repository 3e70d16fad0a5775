package com.decisionsuite.config.version;

/**
 * What one (scope, type) looks like at a point in time: its own latest row (maybe a tombstone, maybe none) and,
 * for a store, its service type's current default.
 *
 * @param own the scope's latest row, {@code null} when it never had one
 * @param fallback the service type's current default; {@code null} for the {@code _defaults} scope itself
 */
public record Current(ConfigVersion own, ConfigVersion fallback) {

    /** Whether the scope has a configuration of its own that is not removed. */
    public boolean live() {
        return this.own != null && !this.own.removed();
    }

    /** The configuration that applies: the scope's own row, else the default; {@code null} when neither exists. */
    public ConfigVersion effective() {
        return live() ? this.own : this.fallback;
    }

    /** Versions continue across a removal, so the history of a scope stays one sequence. */
    public int nextVersion() {
        return this.own == null ? 1 : this.own.version() + 1;
    }

    /**
     * The entity tag of the effective representation: {@code "N"} for the scope's own version N,
     * {@code "default-N"} when a store falls back to default version N (so the two can never be confused and a
     * client that saw the default cannot overwrite a store override it never saw).
     */
    public String etag() {
        if (live()) {
            return "\"" + this.own.version() + "\"";
        }
        return this.fallback == null ? null : "\"default-" + this.fallback.version() + "\"";
    }
}
