package com.decisionsuite.bench.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * For every change and worker, how long after the change's PUT returned the worker still decided probes by an
 * older version: the acceptance time of the latest such probe minus the PUT's return, floored at zero.
 *
 * @param figures one per change and worker
 */
record Staleness(List<Duration> figures) {

    Staleness {
        if (figures == null || figures.isEmpty()) {
            throw new IllegalArgumentException("figures must hold at least one figure");
        }
        figures = figures.stream().sorted().toList();
    }

    static Staleness of(List<ThresholdChanges.Applied> changes, Collection<String> workers,
            List<ProbeDecisions.Row> rows) {
        List<Duration> figures = new ArrayList<>();
        for (ThresholdChanges.Applied change : changes) {
            for (String worker : workers) {
                figures.add(of(change, worker, rows));
            }
        }
        return new Staleness(figures);
    }

    private static Duration of(ThresholdChanges.Applied change, String worker, List<ProbeDecisions.Row> rows) {
        Instant latestStale = rows.stream().filter(row -> row.workerId().equals(worker))
                .filter(row -> row.olderThan(change.version())).map(ProbeDecisions.Row::acceptedAt)
                .max(Instant::compareTo).orElse(Instant.MIN);
        return latestStale.isAfter(change.returnedAt()) ? Duration.between(change.returnedAt(), latestStale)
                : Duration.ZERO;
    }

    /** Nearest-rank percentile, {@code 0 < percent <= 100}. */
    Duration percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * this.figures.size());
        return this.figures.get(Math.max(0, rank - 1));
    }

    Duration max() {
        return this.figures.get(this.figures.size() - 1);
    }
}
