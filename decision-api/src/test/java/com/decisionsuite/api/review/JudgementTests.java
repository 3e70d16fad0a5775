package com.decisionsuite.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import com.decisionsuite.model.DecisionOutcome;

class JudgementTests {

    private static final ModelPosition ESCALATED = new ModelPosition(DecisionOutcome.ESCALATED, "sku-1");

    private static final ModelPosition ACCEPTED = new ModelPosition(DecisionOutcome.AUTO_ACCEPTED, "sku-1");

    private static final ModelPosition REJECTED = new ModelPosition(DecisionOutcome.AUTO_REJECTED, "sku-1");

    @Test
    void confirmAdoptsTheModelsLabelAndAgrees() {
        assertThat(Judgement.of(ESCALATED, Verdict.CONFIRM, null)).isEqualTo(new Judgement("sku-1", "sku-1", true));
    }

    @Test
    void correctionToAnotherLabelDisagrees() {
        assertThat(Judgement.of(ACCEPTED, Verdict.CORRECT, "sku-2")).isEqualTo(new Judgement("sku-2", "sku-1", false));
    }

    @Test
    void correctionToTheModelsOwnLabelCountsAsAgreement() {
        assertThat(Judgement.of(ESCALATED, Verdict.CORRECT, "sku-1").agreesWithModel()).isTrue();
    }

    @Test
    void rejectingAllDisagreesWithAnAcceptanceButAgreesWithARejection() {
        assertThat(Judgement.of(ACCEPTED, Verdict.REJECT_ALL, null)).isEqualTo(new Judgement(null, "sku-1", false));
        assertThat(Judgement.of(REJECTED, Verdict.REJECT_ALL, null)).isEqualTo(new Judgement(null, null, true));
    }

    @Test
    void confirmingAnAutomaticRejectionKeepsTheRejection() {
        assertThat(Judgement.of(REJECTED, Verdict.CONFIRM, null)).isEqualTo(new Judgement(null, null, true));
    }

    @Test
    void refusesToConfirmAnEscalationWithoutProposal() {
        ModelPosition none = new ModelPosition(DecisionOutcome.ESCALATED, null);

        assertThat(none.confirmable()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Judgement.of(none, Verdict.CONFIRM, null));
        assertThat(Judgement.of(none, Verdict.REJECT_ALL, null).agreesWithModel()).isTrue();
        assertThat(Judgement.of(none, Verdict.CORRECT, "sku-3").agreesWithModel()).isFalse();
    }
}
