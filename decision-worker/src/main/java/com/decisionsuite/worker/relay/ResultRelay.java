package com.decisionsuite.worker.relay;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes what MySQL committed, source by source. The cursor row is locked with {@code FOR UPDATE SKIP LOCKED}
 * for the duration of one poll, so only one replica publishes at a time; a crash between publishing and the
 * cursor update repeats events, which consumers tolerate (they carry the task id).
 */
final class ResultRelay {

    private static final Logger log = LoggerFactory.getLogger(ResultRelay.class);

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final ResultPublisher publisher;

    private final RelayProperties properties;

    private final Map<String, GapTracker> trackers = new ConcurrentHashMap<>();

    private final Map<String, Double> lag = new ConcurrentHashMap<>();

    ResultRelay(JdbcTemplate jdbc, TransactionTemplate transactions, ResultPublisher publisher,
            RelayProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.publisher = publisher;
        this.properties = properties;
    }

    void register(RelaySource source, MeterRegistry meters) {
        this.lag.put(source.name(), Double.NaN);
        Gauge.builder("decision.relay.lag", () -> this.lag.get(source.name())).tag("source", source.name())
                .description("Rows committed beyond the highest one published (NaN on replicas not publishing)")
                .register(meters);
    }

    /** One poll of one source; answers how many new rows it read (a full page means: poll again). */
    int poll(RelaySource source) {
        Integer read = this.transactions.execute(status -> {
            List<GapTracker> locked = this.jdbc.query(
                    "SELECT position, high, missing FROM result_relay_cursor WHERE name = ? FOR UPDATE SKIP LOCKED",
                    (rs, n) -> GapTracker.restore(this.properties.gapTimeout(), rs.getLong("position"),
                            rs.getObject("high", Long.class), rs.getString("missing"), Instant.now()),
                    source.name());
            if (locked.isEmpty()) {
                this.jdbc.update("INSERT INTO result_relay_cursor (name, position, updated_at) VALUES (?, 0, ?)"
                        + " ON DUPLICATE KEY UPDATE name = name", source.name(), now());
                this.lag.put(source.name(), Double.NaN);
                return 0;
            }
            GapTracker durable = locked.get(0);
            GapTracker current = this.trackers.get(source.name());
            boolean ours = current != null && current.position() == durable.position()
                    && (current.durableHigh() == null || current.high() == durable.high());
            if (!ours) {
                // First poll here, or another replica moved on: continue from the state it left.
                current = durable;
            }
            GapTracker next = current.copy();
            List<RelayRow> filled = source.byIds(new ArrayList<>(next.missing()).subList(0,
                    Math.min(next.missing().size(), this.properties.batchSize())));
            List<RelayRow> fresh = source.after(next.high(), this.properties.batchSize());
            List<RelayRow> rows = next.accept(filled, fresh, Instant.now());
            this.publisher.publish(source.name(), rows);
            this.jdbc.update("UPDATE result_relay_cursor SET position = ?, high = ?, missing = ?, updated_at = ?"
                    + " WHERE name = ?", next.position(), next.durableHigh(), next.durableMissing(), now(), source.name());
            this.trackers.put(source.name(), next);
            this.lag.put(source.name(), (double) Math.max(0, source.maxId() - next.high()));
            return fresh.size();
        });
        return read == null ? 0 : read;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Polls every source until each has caught up or the page budget of this round is spent. */
    void round(List<RelaySource> sources) {
        for (RelaySource source : sources) {
            try {
                for (int page = 0; page < 20 && poll(source) >= this.properties.batchSize(); page++) {
                    // keep draining
                }
            }
            catch (RuntimeException ex) {
                log.warn("Result relay of {} failed, retrying next round: {}", source.name(), ex.toString());
            }
        }
    }
}
