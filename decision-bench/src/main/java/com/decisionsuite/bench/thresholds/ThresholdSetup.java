package com.decisionsuite.bench.thresholds;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.decisionsuite.bench.measure.ErrorLog;
import com.decisionsuite.bench.workload.StoreChain;

/**
 * Brings config-service in line with the chain's {@link ThresholdPlan}, writing only what differs, so repeated runs
 * do not pile up versions.
 */
public final class ThresholdSetup {

    static final String REASON = "decision-bench: thresholds of the simulated chain (stricter for over-confident stores)";

    private final ConfigClient client;

    private final ErrorLog errors;

    public ThresholdSetup(ConfigClient client, ErrorLog errors) {
        this.client = client;
        this.errors = errors;
    }

    /** Applies the plan; returns how many configurations were written. */
    public int apply(StoreChain chain) throws InterruptedException {
        int written = 0;
        for (Map.Entry<ThresholdPlan.Scope, StoreThresholds> entry : ThresholdPlan.of(chain).entrySet()) {
            String scope = entry.getKey().scope();
            String type = entry.getKey().serviceType().wireName();
            try {
                Optional<ConfigClient.Read> current = this.client.read(scope, type);
                if (current.isPresent() && current.get().own() && entry.getValue().sameAs(current.get().thresholds())) {
                    continue;
                }
                this.client.write(scope, type, entry.getValue(), current.map(ConfigClient.Read::etag).orElse(null), REASON);
                written++;
            }
            catch (IOException | RuntimeException ex) {
                this.errors.record("config", ex.getMessage());
            }
        }
        return written;
    }
}
