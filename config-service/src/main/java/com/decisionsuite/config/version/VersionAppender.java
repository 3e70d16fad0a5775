package com.decisionsuite.config.version;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.decisionsuite.model.ServiceType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends the next version of a scope inside the caller's transaction and announces it for after the commit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class VersionAppender {

    private final ConfigVersionRepository versions;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    VersionAppender(ConfigVersionRepository versions, ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A change made now, to the second: Connector/J sees MariaDB as server "5.5.5-10.11" and drops fractional seconds
     * of temporal parameters, so finer times would differ between the PUT response, Redis and a later GET.
     */
    public Change change(String actor, String reason, ChangeKind kind, Integer restoredVersion) {
        Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
        return new Change(actor, now, reason, kind, restoredVersion);
    }

    /** Writes {@code settings} as the next version after {@code current}; {@code null} settings remove. */
    public ConfigVersion append(String scope, ServiceType type, Current current, Settings settings, Change change) {
        int next = current.nextVersion();
        ConfigVersion row = settings == null ? ConfigVersion.removal(scope, type, next, change)
                : ConfigVersion.of(scope, type, next, settings, change);
        ConfigVersion saved = this.versions.save(row);
        this.events.publishEvent(ConfigCommitted.of(saved, change));
        return saved;
    }
}
