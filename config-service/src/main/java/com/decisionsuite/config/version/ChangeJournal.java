package com.decisionsuite.config.version;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Logs and counts every committed change; after the commit, so a rolled-back attempt is never reported as made.
 */
@Component
class ChangeJournal {

    private static final Logger log = LoggerFactory.getLogger(ChangeJournal.class);

    private final MeterRegistry meters;

    ChangeJournal(MeterRegistry meters) {
        this.meters = meters;
    }

    // After the cache publication (order 0), so the log line does not delay workers.
    @Order(10)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void record(ConfigCommitted committed) {
        Change change = committed.change();
        try (MDC.MDCCloseable store = MDC.putCloseable("storeId", committed.scope());
                MDC.MDCCloseable type = MDC.putCloseable("serviceType", committed.serviceType().wireName());
                MDC.MDCCloseable version = MDC.putCloseable("configVersion", String.valueOf(committed.version()))) {
            log.info("Config {} by {}: {} {} now version {}{}{}, reason: {}", change.kind().tag(), change.actor(),
                    committed.scope(), committed.serviceType(), committed.version(),
                    committed.config() == null ? " (override removed)" : "",
                    change.restoredVersion() == null ? "" : " (restores version " + change.restoredVersion() + ")",
                    change.reason());
        }
        Counter.builder("decision.config.changes")
                .description("Committed configuration versions, by service type and kind of change")
                .tag("service_type", committed.serviceType().wireName())
                .tag("action", change.kind().tag())
                .register(this.meters)
                .increment();
    }
}
