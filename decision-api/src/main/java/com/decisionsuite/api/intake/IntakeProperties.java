package com.decisionsuite.api.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of task intake ({@code decision.intake.*}).
 *
 * @param idempotencyWindow how long a task id is remembered so that a repeat is answered as accepted without being
 * queued again; Redis memory grows with task rate × window
 */
@ConfigurationProperties("decision.intake")
record IntakeProperties(@DefaultValue("24h") Duration idempotencyWindow) {

    IntakeProperties {
        if (idempotencyWindow == null || idempotencyWindow.toSeconds() < 1) {
            throw new IllegalArgumentException("decision.intake.idempotency-window must be at least 1s, was " + idempotencyWindow);
        }
    }
}
