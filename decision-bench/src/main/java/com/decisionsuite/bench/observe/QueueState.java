package com.decisionsuite.bench.observe;

/**
 * The task streams at one moment: entries not yet delivered to the group (lag), delivered but not acknowledged
 * (pending), and held in total (length).
 *
 * @param lag null when Redis cannot tell (it reports no lag after deletions in the middle of a stream)
 */
public record QueueState(Long lag, long pending, long length) {

    /** What is still to be decided: undelivered plus unacknowledged, when the lag is known. */
    public Long outstanding() {
        return this.lag == null ? null : this.lag + this.pending;
    }
}
