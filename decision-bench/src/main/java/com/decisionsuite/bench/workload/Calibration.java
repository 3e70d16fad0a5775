package com.decisionsuite.bench.workload;

/**
 * How often a store's model is right when it reports a confidence: the hidden truth behind its numbers.
 */
public sealed interface Calibration {

    /**
     * The probability that the top candidate is right given its reported confidence.
     *
     * @param progress how far the run is, 0 at the start and 1 once drift is complete
     */
    double hitProbability(double confidence, double progress);

    /** A short name for reports. */
    String kind();

    /** Confidence means what it says. */
    record WellCalibrated() implements Calibration {

        @Override
        public double hitProbability(double confidence, double progress) {
            return confidence;
        }

        @Override
        public String kind() {
            return "well-calibrated";
        }
    }

    /** Bad camera coverage: the model is right less often than it claims, {@code p = confidence^gamma}. */
    record OverConfident(double gamma) implements Calibration {

        public OverConfident {
            if (!(gamma > 1.0)) {
                throw new IllegalArgumentException("gamma must exceed 1 for an over-confident model, was " + gamma);
            }
        }

        @Override
        public double hitProbability(double confidence, double progress) {
            return Math.pow(confidence, this.gamma);
        }

        @Override
        public String kind() {
            return "over-confident";
        }
    }

    /** Starts well calibrated and degrades (a moved camera, a new assortment) to {@code gammaAtEnd}. */
    record Drifting(double gammaAtEnd) implements Calibration {

        public Drifting {
            if (!(gammaAtEnd > 1.0)) {
                throw new IllegalArgumentException("gammaAtEnd must exceed 1, was " + gammaAtEnd);
            }
        }

        @Override
        public double hitProbability(double confidence, double progress) {
            double clamped = Math.max(0.0, Math.min(1.0, progress));
            return Math.pow(confidence, 1.0 + (this.gammaAtEnd - 1.0) * clamped);
        }

        @Override
        public String kind() {
            return "drifting";
        }
    }
}
