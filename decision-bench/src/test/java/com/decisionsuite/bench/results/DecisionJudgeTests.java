package com.decisionsuite.bench.results;

import com.decisionsuite.bench.review.Verdict;
import com.decisionsuite.bench.workload.GroundTruth;
import com.decisionsuite.model.DecisionOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionJudgeTests {

    private static final GroundTruth SKU_1 = new GroundTruth.Label("sku-1");

    @Test
    void anAcceptanceIsRightOnlyWhenTheProposalIsTheTruth() {
        assertThat(DecisionJudge.automaticDecisionRight(SKU_1, DecisionOutcome.AUTO_ACCEPTED, "sku-1")).isTrue();
        assertThat(DecisionJudge.automaticDecisionRight(SKU_1, DecisionOutcome.AUTO_ACCEPTED, "sku-2")).isFalse();
        assertThat(DecisionJudge.automaticDecisionRight(new GroundTruth.NoneOfThem(), DecisionOutcome.AUTO_ACCEPTED, "sku-1"))
                .isFalse();
    }

    @Test
    void aRejectionIsRightOnlyWhenTheProposalIsWrong() {
        assertThat(DecisionJudge.automaticDecisionRight(SKU_1, DecisionOutcome.AUTO_REJECTED, "sku-2")).isTrue();
        assertThat(DecisionJudge.automaticDecisionRight(SKU_1, DecisionOutcome.AUTO_REJECTED, "sku-1")).isFalse();
    }

    @Test
    void aCartIsJudgedByTheWholeReceipt() {
        assertThat(DecisionJudge.automaticDecisionRight(new GroundTruth.Receipt(true), DecisionOutcome.AUTO_ACCEPTED, null)).isTrue();
        assertThat(DecisionJudge.automaticDecisionRight(new GroundTruth.Receipt(false), DecisionOutcome.AUTO_ACCEPTED, "sku-9"))
                .isFalse();
        assertThat(DecisionJudge.verdictRight(new GroundTruth.Receipt(false), Verdict.REJECT_ALL, null)).isTrue();
    }

    @Test
    void escalationsAreNotJudgedAsAutomaticDecisions() {
        assertThatThrownBy(() -> DecisionJudge.automaticDecisionRight(SKU_1, DecisionOutcome.ESCALATED, "sku-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRightAnswerConfirmsCorrectsOrRejects() {
        assertThat(DecisionJudge.rightAnswer(SKU_1, "sku-1")).isEqualTo(new DecisionJudge.Answer(Verdict.CONFIRM, "sku-1"));
        assertThat(DecisionJudge.rightAnswer(SKU_1, "sku-2")).isEqualTo(new DecisionJudge.Answer(Verdict.CORRECT, "sku-1"));
        assertThat(DecisionJudge.rightAnswer(new GroundTruth.NoneOfThem(), "sku-2").verdict()).isEqualTo(Verdict.REJECT_ALL);
    }

    @Test
    void aVerdictIsRightWhenItsFinalLabelIsTheTruth() {
        assertThat(DecisionJudge.verdictRight(SKU_1, Verdict.CORRECT, "sku-1")).isTrue();
        assertThat(DecisionJudge.verdictRight(SKU_1, Verdict.CONFIRM, "sku-2")).isFalse();
        assertThat(DecisionJudge.verdictRight(SKU_1, Verdict.REJECT_ALL, null)).isFalse();
        assertThat(DecisionJudge.verdictRight(new GroundTruth.NoneOfThem(), Verdict.REJECT_ALL, null)).isTrue();
    }
}
