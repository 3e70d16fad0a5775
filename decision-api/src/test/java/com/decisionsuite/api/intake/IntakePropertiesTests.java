package com.decisionsuite.api.intake;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IntakePropertiesTests {

    @Test
    void refusesAnIdempotencyWindowShorterThanASecond() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IntakeProperties(Duration.ofMillis(500)));
        assertThatIllegalArgumentException().isThrownBy(() -> new IntakeProperties(null));
    }
}
