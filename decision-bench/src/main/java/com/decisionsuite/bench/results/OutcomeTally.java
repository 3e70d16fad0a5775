package com.decisionsuite.bench.results;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ServiceType;

/**
 * Running counts of outcomes per service type and of how the automatic ones and the verdicts compare with the
 * ground truth.
 */
public final class OutcomeTally {

    private static final int ACCEPTED = 0;

    private static final int REJECTED = 1;

    private static final int ESCALATED = 2;

    private static final int ACCEPTED_RIGHT = 3;

    private static final int REJECTED_RIGHT = 4;

    private final LongAdder[][] counts = new LongAdder[ServiceType.values().length][5];

    private final LongAdder verdictsRight = new LongAdder();

    private final LongAdder verdictsWrong = new LongAdder();

    public OutcomeTally() {
        for (LongAdder[] row : this.counts) {
            for (int i = 0; i < row.length; i++) {
                row[i] = new LongAdder();
            }
        }
    }

    /** A worker's outcome; {@code right} is whether the truth bears an automatic one out (ignored for escalations). */
    public void workerDecided(ServiceType type, DecisionOutcome outcome, boolean right) {
        LongAdder[] row = this.counts[type.ordinal()];
        switch (outcome) {
            case AUTO_ACCEPTED -> {
                row[ACCEPTED].increment();
                if (right) {
                    row[ACCEPTED_RIGHT].increment();
                }
            }
            case AUTO_REJECTED -> {
                row[REJECTED].increment();
                if (right) {
                    row[REJECTED_RIGHT].increment();
                }
            }
            case ESCALATED -> row[ESCALATED].increment();
        }
    }

    public void reviewerDecided(boolean right) {
        (right ? this.verdictsRight : this.verdictsWrong).increment();
    }

    public List<OutcomeCounts> perServiceType() {
        List<OutcomeCounts> all = new ArrayList<>();
        for (ServiceType type : ServiceType.values()) {
            LongAdder[] row = this.counts[type.ordinal()];
            all.add(new OutcomeCounts(type, row[ACCEPTED].sum(), row[REJECTED].sum(), row[ESCALATED].sum(),
                    row[ACCEPTED_RIGHT].sum(), row[REJECTED_RIGHT].sum()));
        }
        return all;
    }

    public long verdictsRight() {
        return this.verdictsRight.sum();
    }

    public long verdictsWrong() {
        return this.verdictsWrong.sum();
    }
}
