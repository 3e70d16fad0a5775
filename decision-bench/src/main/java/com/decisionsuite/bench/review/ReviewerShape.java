package com.decisionsuite.bench.review;

import java.time.Duration;

/**
 * How the simulated reviewers behave: how long they look at an item, how often they get it wrong, and how
 * often they walk away from one.
 *
 * @param errorRate share of answers that deliberately miss the ground truth
 * @param abandonRate share of claimed items left without an answer (a closed tab): the lease must lapse
 * @param releaseRate share of claimed items handed back explicitly
 */
public record ReviewerShape(Duration meanThinkTime, double errorRate, double abandonRate, double releaseRate) {

    public ReviewerShape {
        if (meanThinkTime == null || meanThinkTime.isNegative()) {
            throw new IllegalArgumentException("meanThinkTime must not be negative");
        }
        requireShare("errorRate", errorRate);
        requireShare("abandonRate", abandonRate);
        requireShare("releaseRate", releaseRate);
        if (abandonRate + releaseRate > 1.0) {
            throw new IllegalArgumentException("abandonRate + releaseRate must not exceed 1");
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be within [0, 1], was " + value);
        }
    }
}
