package com.decisionsuite.bench.workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.ServiceType;

/**
 * Draws a single-answer judgement (who, what, which action) whose top confidence is calibrated the way the
 * store's model is.
 */
final class JudgementDraw {

    static final List<String> ACTIONS = List.of("take", "return", "no-action");

    /** When the top candidate is wrong, how often the runner-up is the real answer rather than none of them. */
    static final double RUNNER_UP_RIGHT = 0.7;

    private JudgementDraw() {
    }

    static Draw draw(ServiceType type, SplittableRandom random, StoreProfile store, double progress) {
        List<String> labels = labels(type, random);
        int n = labels.size();
        double top = topConfidence(random, store.confidenceSkew());
        double[] confidences = new double[n];
        confidences[0] = top;
        double remaining = 1.0 - top;
        for (int i = 1; i < n; i++) {
            double share = remaining * (0.35 + 0.6 * random.nextDouble());
            confidences[i] = round4(Math.min(share, top * 0.98));
            remaining = Math.max(0.0, remaining - confidences[i]);
        }
        GroundTruth truth = truth(type, labels, random, store.calibration().hitProbability(top, progress));
        List<Candidate> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            candidates.add(new Candidate(labels.get(i), confidences[i]));
        }
        shuffle(candidates, random);
        return new Draw(candidates, context(type, random), truth);
    }

    /** Confidence of the model's favourite: crowded towards 1, more so for a store with a higher skew. */
    static double topConfidence(SplittableRandom random, double skew) {
        double value = 1.0 - 0.7 * Math.pow(random.nextDouble(), skew);
        return round4(Math.max(0.30, Math.min(0.999, value)));
    }

    static double round4(double value) {
        return Math.round(value * 10_000.0) / 10_000.0;
    }

    private static GroundTruth truth(ServiceType type, List<String> labels, SplittableRandom random, double hit) {
        if (random.nextDouble() < hit) {
            return new GroundTruth.Label(labels.get(0));
        }
        boolean runnerUp = random.nextDouble() < RUNNER_UP_RIGHT;
        if (labels.size() > 1 && (runnerUp || type == ServiceType.ACTION_RECOGNITION)) {
            return new GroundTruth.Label(labels.get(1 + random.nextInt(labels.size() - 1)));
        }
        return new GroundTruth.NoneOfThem();
    }

    private static List<String> labels(ServiceType type, SplittableRandom random) {
        return switch (type) {
            case TRACKING -> distinct("track-", 100_000, 2 + random.nextInt(3), random);
            case PRODUCT_RECOGNITION -> distinct("sku-", 1_000_000, 3 + random.nextInt(3), random);
            case ACTION_RECOGNITION -> {
                List<String> actions = new ArrayList<>(ACTIONS);
                shuffle(actions, random);
                yield actions;
            }
            case CART_VERIFICATION -> throw new IllegalArgumentException("carts are drawn by ReceiptDraw");
        };
    }

    static List<String> distinct(String prefix, int range, int count, SplittableRandom random) {
        List<String> labels = new ArrayList<>(count);
        while (labels.size() < count) {
            String label = prefix + String.format("%06d", random.nextInt(range));
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    private static Map<String, Object> context(ServiceType type, SplittableRandom random) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (type == ServiceType.TRACKING) {
            context.put("zone", "aisle-" + (1 + random.nextInt(24)));
            context.put("cameras", 1 + random.nextInt(6));
        }
        else {
            context.put("shelf", "S" + (1 + random.nextInt(40)) + "-" + (1 + random.nextInt(6)));
        }
        return context;
    }

    static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
