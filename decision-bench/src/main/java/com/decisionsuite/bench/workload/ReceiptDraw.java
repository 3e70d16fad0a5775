package com.decisionsuite.bench.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.decisionsuite.model.Candidate;

/**
 * Draws a cart to verify: receipt lines (label = SKU) with per-line confidences; the receipt is right only when
 * every line is, so a cart is harder than its weakest line suggests.
 */
final class ReceiptDraw {

    private ReceiptDraw() {
    }

    static Draw draw(SplittableRandom random, StoreProfile store, double progress) {
        int lines = 1 + random.nextInt(4) + (random.nextDouble() < 0.2 ? random.nextInt(5) : 0);
        List<String> skus = JudgementDraw.distinct("sku-", 1_000_000, lines, random);
        List<Candidate> candidates = new ArrayList<>(lines);
        boolean correct = true;
        BigDecimal value = BigDecimal.ZERO;
        for (String sku : skus) {
            double confidence = JudgementDraw.round4(
                    Math.max(0.30, Math.min(0.9999, 1.0 - 0.5 * Math.pow(random.nextDouble(), store.confidenceSkew() + 2.0))));
            candidates.add(new Candidate(sku, confidence));
            correct &= random.nextDouble() < store.calibration().hitProbability(confidence, progress);
            int quantity = random.nextDouble() < 0.85 ? 1 : 2 + random.nextInt(3);
            BigDecimal price = BigDecimal.valueOf(50 + random.nextInt(3_500), 2);
            value = value.add(price.multiply(BigDecimal.valueOf(quantity)));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("cartValue", value.setScale(2, RoundingMode.HALF_UP));
        context.put("lineCount", lines);
        return new Draw(candidates, context, new GroundTruth.Receipt(correct));
    }
}
