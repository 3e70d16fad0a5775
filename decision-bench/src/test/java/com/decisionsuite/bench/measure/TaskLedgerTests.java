package com.decisionsuite.bench.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskLedgerTests {

    @Test
    void aTaskIsDecidedOnlyOnceHoweverOftenItsResultArrives() {
        TaskLedger ledger = new TaskLedger(1_000);
        ledger.planned(7, 5_000, true);
        assertThat(ledger.decided(7)).isTrue();
        assertThat(ledger.decided(7)).isFalse();
        assertThat(ledger.reviewed(7)).isTrue();
        assertThat(ledger.reviewed(7)).isFalse();
        assertThat(ledger.isDecided(7)).isTrue();
    }

    @Test
    void tasksNeverPlannedAreNotBooked() {
        TaskLedger ledger = new TaskLedger(0);
        ledger.planned(1, 10, false);
        assertThat(ledger.known(2)).isFalse();
        assertThat(ledger.decided(2)).isFalse();
        assertThat(ledger.decided(5_000_000)).isFalse();
        assertThat(ledger.decided(-1)).isFalse();
    }

    @Test
    void keepsTheIntendedSendTimeAndWhetherTheTaskCounts() {
        TaskLedger ledger = new TaskLedger(1_000_000);
        ledger.planned(70_000, 1_234_567_890L, false);
        ledger.planned(70_001, 2_000_000, true);
        ledger.accepted(70_001);
        assertThat(ledger.intendedNanos(70_000)).isEqualTo(1_234_567_890L);
        assertThat(ledger.measured(70_000)).isFalse();
        assertThat(ledger.measured(70_001)).isTrue();
        assertThat(ledger.isAccepted(70_001)).isTrue();
        assertThat(ledger.isAccepted(70_000)).isFalse();
    }
}
