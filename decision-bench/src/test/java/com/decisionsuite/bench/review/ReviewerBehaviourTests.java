package com.decisionsuite.bench.review;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import com.decisionsuite.bench.results.DecisionJudge;
import com.decisionsuite.bench.workload.GroundTruth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReviewerBehaviourTests {

    private static final List<String> LABELS = List.of("sku-1", "sku-2", "sku-3");

    private static ReviewerBehaviour behaviour(double error, double abandon, double release) {
        return new ReviewerBehaviour(new ReviewerShape(Duration.ofMillis(200), error, abandon, release));
    }

    @Test
    void aFlawlessReviewerAlwaysAnswersTheTruth() {
        ReviewerBehaviour flawless = behaviour(0, 0, 0);
        SplittableRandom random = new SplittableRandom(1);
        for (GroundTruth truth : List.of(new GroundTruth.Label("sku-1"), new GroundTruth.Label("sku-3"),
                new GroundTruth.NoneOfThem(), new GroundTruth.Receipt(true), new GroundTruth.Receipt(false))) {
            ReviewPlan.Answer answer = (ReviewPlan.Answer) flawless.plan(truth, "sku-1", LABELS, random);
            String finalLabel = answer.verdict() == Verdict.CONFIRM ? "sku-1" : answer.label();
            assertThat(DecisionJudge.verdictRight(truth, answer.verdict(), finalLabel)).as("%s", truth).isTrue();
            assertThat(answer.mistaken()).isFalse();
        }
    }

    @Test
    void aReviewerWhoAlwaysErrsNeverMatchesTheTruth() {
        ReviewerBehaviour sloppy = behaviour(1, 0, 0);
        SplittableRandom random = new SplittableRandom(2);
        for (GroundTruth truth : List.of(new GroundTruth.Label("sku-1"), new GroundTruth.Label("sku-2"),
                new GroundTruth.NoneOfThem(), new GroundTruth.Receipt(true), new GroundTruth.Receipt(false))) {
            ReviewPlan.Answer answer = (ReviewPlan.Answer) sloppy.plan(truth, "sku-1", LABELS, random);
            String finalLabel = answer.verdict() == Verdict.CONFIRM ? "sku-1" : answer.label();
            assertThat(DecisionJudge.verdictRight(truth, answer.verdict(), finalLabel)).as("%s", truth).isFalse();
            assertThat(answer.mistaken()).isTrue();
        }
    }

    @Test
    void aSlipNeverConfirmsAnItemWithoutAProposal() {
        ReviewerBehaviour sloppy = behaviour(1, 0, 0);
        SplittableRandom random = new SplittableRandom(3);
        for (GroundTruth truth : List.of(new GroundTruth.Label("sku-2"), new GroundTruth.NoneOfThem())) {
            ReviewPlan.Answer answer = (ReviewPlan.Answer) sloppy.plan(truth, null, LABELS, random);

            assertThat(answer.verdict()).as("%s", truth).isNotEqualTo(Verdict.CONFIRM);
            assertThat(DecisionJudge.verdictRight(truth, answer.verdict(), answer.label())).as("%s", truth).isFalse();
        }
    }

    @Test
    void errorsAbandonsAndReleasesHappenAtTheirRates() {
        ReviewerBehaviour team = behaviour(0.1, 0.05, 0.03);
        SplittableRandom random = new SplittableRandom(3);
        int mistakes = 0;
        int abandons = 0;
        int releases = 0;
        int answers = 0;
        for (int i = 0; i < 40_000; i++) {
            ReviewPlan plan = team.plan(new GroundTruth.Label("sku-2"), "sku-1", LABELS, random);
            if (plan instanceof ReviewPlan.Abandon) {
                abandons++;
            }
            else if (plan instanceof ReviewPlan.Release) {
                releases++;
            }
            else if (plan instanceof ReviewPlan.Answer answer) {
                answers++;
                mistakes += answer.mistaken() ? 1 : 0;
            }
        }
        assertThat(abandons / 40_000.0).isCloseTo(0.05, within(0.005));
        assertThat(releases / 40_000.0).isCloseTo(0.03, within(0.005));
        assertThat(mistakes / (double) answers).isCloseTo(0.10, within(0.01));
    }

    @Test
    void thinkTimeAveragesAroundTheMeanWithinItsBounds() {
        ReviewerBehaviour team = behaviour(0, 0, 0);
        SplittableRandom random = new SplittableRandom(4);
        long totalMicros = 0;
        for (int i = 0; i < 20_000; i++) {
            Duration think = team.thinkTime(random);
            assertThat(think).isBetween(Duration.ofMillis(40), Duration.ofMillis(800));
            totalMicros += think.toNanos() / 1_000;
        }
        assertThat(totalMicros / 20_000.0 / 1_000.0).isCloseTo(200.0, within(20.0));
    }
}
