package com.decisionsuite.config.version;

import java.math.BigDecimal;
import java.time.Duration;

import com.decisionsuite.config.problem.InvalidRequestException;
import com.decisionsuite.model.ReviewMode;
import com.decisionsuite.model.ServiceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsValidationTests {

    @Test
    void normalisesMoneyToTwoDecimals() {
        Settings settings = SettingsValidation.validate("s1", ServiceType.CART_VERIFICATION, proposed(new BigDecimal("1E+3")),
                " why ");

        assertThat(settings.maxAutoValue()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(SettingsValidation.requireReason(" why ")).isEqualTo("why");
    }

    @Test
    void leavesRangesToTheSharedContract() {
        ProposedSettings tooStrict = new ProposedSettings(1.5, null, 0.1, ReviewMode.AUTO, 0.1, null,
                Duration.ofMinutes(5));

        assertThatThrownBy(() -> SettingsValidation.validate("s1", ServiceType.TRACKING, tooStrict, "why"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        ex -> assertThat(ex.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("acceptThreshold")));
    }

    @Test
    void checksTheStoreIdThroughTheSharedGrammar() {
        assertThatThrownBy(() -> SettingsValidation.validate("_secret", ServiceType.TRACKING, proposed(null), "why"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        ex -> assertThat(ex.violations().get(0).field()).isEqualTo("storeId"));
    }

    private static ProposedSettings proposed(BigDecimal maxAutoValue) {
        return new ProposedSettings(0.9, 0.1, 0.1, ReviewMode.AUTO, 0.1, maxAutoValue, Duration.ofMinutes(5));
    }
}
