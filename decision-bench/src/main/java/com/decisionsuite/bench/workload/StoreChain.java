package com.decisionsuite.bench.workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded chain of stores with uneven traffic and a mix of well-calibrated, over-confident and drifting models.
 */
public final class StoreChain {

    /** Share of stores whose models claim more than they deliver. */
    static final double OVER_CONFIDENT_SHARE = 0.20;

    /** Share of stores whose models start well and degrade over the run. */
    static final double DRIFTING_SHARE = 0.10;

    private final List<StoreProfile> stores;

    private final double[] cumulativeWeights;

    private StoreChain(List<StoreProfile> stores) {
        this.stores = List.copyOf(stores);
        this.cumulativeWeights = new double[stores.size()];
        double sum = 0.0;
        for (int i = 0; i < stores.size(); i++) {
            sum += stores.get(i).trafficWeight();
            this.cumulativeWeights[i] = sum;
        }
        for (int i = 0; i < this.cumulativeWeights.length; i++) {
            this.cumulativeWeights[i] /= sum;
        }
    }

    /** The same seed and size always give the same chain. */
    public static StoreChain generate(long seed, int size) {
        if (size < 1 || size > 9999) {
            throw new IllegalArgumentException("a chain has 1..9999 stores, was " + size);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int overConfident = (int) Math.round(size * OVER_CONFIDENT_SHARE);
        int drifting = (int) Math.round(size * DRIFTING_SHARE);
        int[] order = shuffledIndices(size, random);
        Calibration[] calibrations = new Calibration[size];
        for (int rank = 0; rank < size; rank++) {
            Calibration calibration;
            if (rank < overConfident) {
                calibration = new Calibration.OverConfident(2.5 + 2.0 * random.nextDouble());
            }
            else if (rank < overConfident + drifting) {
                calibration = new Calibration.Drifting(2.0 + 2.0 * random.nextDouble());
            }
            else {
                calibration = new Calibration.WellCalibrated();
            }
            calibrations[order[rank]] = calibration;
        }
        List<StoreProfile> stores = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // Log-normal traffic: a few flagship stores carry several times the load of a small one.
            double weight = Math.exp(0.6 * gaussian(random));
            double skew = 2.0 + 1.5 * random.nextDouble();
            stores.add(new StoreProfile(storeId(i + 1), weight, calibrations[i], skew));
        }
        return new StoreChain(stores);
    }

    /** A chain of exactly these stores. */
    public static StoreChain of(List<StoreProfile> stores) {
        if (stores == null || stores.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least one store");
        }
        return new StoreChain(stores);
    }

    /** The id of the n-th store (1-based), e.g. {@code store-007}. */
    public static String storeId(int number) {
        return String.format("store-%03d", number);
    }

    public List<StoreProfile> stores() {
        return this.stores;
    }

    /** Picks a store in proportion to its traffic weight, given a uniform draw in [0, 1). */
    public StoreProfile pick(double uniform) {
        int index = Arrays.binarySearch(this.cumulativeWeights, uniform);
        int slot = index >= 0 ? index : -index - 1;
        return this.stores.get(Math.min(slot, this.stores.size() - 1));
    }

    private static int[] shuffledIndices(int size, SplittableRandom random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
