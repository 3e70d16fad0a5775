package com.decisionsuite.bench.workload;

/**
 * What really happened in the store, hidden from the suite: the simulator's answer key.
 */
public sealed interface GroundTruth {

    /** One of the candidates is right. */
    record Label(String label) implements GroundTruth {

        public Label {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("label is required");
            }
        }
    }

    /** None of the candidates is right (a false detection, an unknown product). */
    record NoneOfThem() implements GroundTruth {
    }

    /** A cart: whether every receipt line is right. */
    record Receipt(boolean correct) implements GroundTruth {
    }
}
