package com.decisionsuite.bench.results;

import com.decisionsuite.model.ServiceType;

/**
 * What the workers decided for one service type (or all, when {@code serviceType} is null), with how many
 * automatic decisions the ground truth bears out.
 */
public record OutcomeCounts(ServiceType serviceType, long autoAccepted, long autoRejected, long escalated,
        long acceptedRight, long rejectedRight) {

    public long total() {
        return this.autoAccepted + this.autoRejected + this.escalated;
    }

    public long automatic() {
        return this.autoAccepted + this.autoRejected;
    }

    /** Share of tasks decided without a human; null when there were none. */
    public Double automationRate() {
        return ratio(automatic(), total());
    }

    /** Share of automatic decisions (both kinds) that the truth bears out. */
    public Double precision() {
        return ratio(this.acceptedRight + this.rejectedRight, automatic());
    }

    public Double acceptPrecision() {
        return ratio(this.acceptedRight, this.autoAccepted);
    }

    public Double rejectPrecision() {
        return ratio(this.rejectedRight, this.autoRejected);
    }

    public Double share(long part) {
        return ratio(part, total());
    }

    /** The sum of several types' counts, for the chain as a whole. */
    public OutcomeCounts plus(OutcomeCounts other) {
        return new OutcomeCounts(null, this.autoAccepted + other.autoAccepted, this.autoRejected + other.autoRejected,
                this.escalated + other.escalated, this.acceptedRight + other.acceptedRight,
                this.rejectedRight + other.rejectedRight);
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
