package com.decisionsuite.worker.relay;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.decisionsuite.worker.relay.CursorRows.CursorRow;

/**
 * Publishes what MySQL committed, source by source. The cursor row is locked with {@code FOR UPDATE SKIP LOCKED}
 * for the duration of one poll, so only one replica publishes at a time, and a replica leaves the row alone while
 * another wrote it within two poll intervals, so one replica relays for as long as it lives. A crash between
 * publishing and the cursor update repeats events, which consumers tolerate (they carry the task id).
 */
final class ResultRelay {

    private static final Logger log = LoggerFactory.getLogger(ResultRelay.class);

    private final CursorRows cursors;

    private final TransactionTemplate transactions;

    private final ResultPublisher publisher;

    private final RelayProperties properties;

    // Per source: the state this replica last wrote to the cursor row, and when.
    private final Map<String, Cursor> owned = new ConcurrentHashMap<>();

    private final Map<String, Double> lag = new ConcurrentHashMap<>();

    ResultRelay(JdbcTemplate jdbc, TransactionTemplate transactions, ResultPublisher publisher,
            RelayProperties properties) {
        this.cursors = new CursorRows(jdbc);
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

    /** Whether this replica published on its last poll of any source, i.e. holds a cursor as its relay. */
    boolean relayingAny() {
        return this.lag.values().stream().anyMatch(value -> !value.isNaN());
    }

    /** One poll of one source; answers how many new rows it read (a full page means: poll again). */
    int poll(RelaySource source) {
        Integer read = this.transactions.execute(status -> {
            Optional<CursorRow> locked = this.cursors.lock(source.name());
            if (locked.isEmpty() && this.cursors.exists(source.name())) {
                // Another replica is in its poll. Leave its row alone: an INSERT here would wait for its lock and
                // then hold the row until this commit, so that replica's next poll skipped it and it stopped
                // relaying while this one deferred to it (measured: the relay fell 20,000-35,000 rows behind).
                this.lag.put(source.name(), Double.NaN);
                return 0;
            }
            if (locked.isEmpty()) {
                Instant written = now();
                boolean created = this.cursors.create(source.name(), written);
                if (created) {
                    this.owned.put(source.name(), new Cursor(new GapTracker(this.properties.gapTimeout(), 0), written));
                }
                // The creator relays from here on (its next poll is its own); the lag is known at the next poll.
                this.lag.put(source.name(), created ? 0.0 : Double.NaN);
                return 0;
            }
            CursorRow row = locked.get();
            Cursor mine = this.owned.get(source.name());
            // Only the replica that wrote the row last may trust its memory: a row written since by another replica
            // can hold a smaller missing set at the same position and high, and memory would publish those rows again.
            boolean ours = mine != null && mine.writtenAt().equals(row.writtenAt());
            if (!ours && row.writtenAt().isAfter(now().minus(this.properties.interval().multipliedBy(2)))) {
                // Another replica is relaying: leave it the cursor, so its gap timers run on instead of restarting.
                this.lag.put(source.name(), Double.NaN);
                return 0;
            }
            GapTracker next = ours ? mine.tracker().copy() : GapTracker.restore(this.properties.gapTimeout(),
                    row.position(), row.high(), row.missing(), Instant.now());
            if (!ours) {
                logTakeover(source.name(), row, next);
            }
            List<RelayRow> filled = source.byIds(new ArrayList<>(next.missing()).subList(0,
                    Math.min(next.missing().size(), this.properties.batchSize())));
            List<RelayRow> fresh = source.after(next.high(), this.properties.batchSize());
            List<RelayRow> rows = next.accept(filled, fresh, Instant.now());
            this.publisher.publish(source.name(), rows);
            Instant written = now();
            this.cursors.write(source.name(), next, written);
            this.owned.put(source.name(), new Cursor(next, written));
            // A page that was not full read everything committed above the mark: nothing lags, no need to ask.
            this.lag.put(source.name(), fresh.size() < this.properties.batchSize() ? 0.0
                    : (double) Math.max(0, source.maxId() - next.high()));
            return fresh.size();
        });
        return read == null ? 0 : read;
    }

    // Repeats on decision-results come only from here, so say when they can and how many there may be.
    private static void logTakeover(String source, CursorRow row, GapTracker next) {
        if (row.high() == null) {
            // No high mark: a new cursor, or more than MAX_DURABLE_MISSING gaps, too many to store.
            log.info("Result relay of {} taken over at {} without a stored high mark; rows above it that were already"
                    + " published are published again", source, row.position());
        }
        else {
            log.info("Result relay of {} taken over at {} (high {}, {} rows missing)", source, row.position(),
                    next.high(), next.missing().size());
        }
    }

    // Microseconds, as DATETIME(6) keeps them: the value read back must equal the one written.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    /** A relay state and the {@code updated_at} it was written with. */
    private record Cursor(GapTracker tracker, Instant writtenAt) {
    }
}
