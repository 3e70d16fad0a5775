package com.decisionsuite.api.review;

import java.util.Objects;

/**
 * A reviewer's verdict resolved against the model's position: the final label and whether human and model agree.
 *
 * @param finalLabel the label the human settled on, null when nothing is accepted
 * @param modelLabel the label the model's decision amounted to, null when it rejected every candidate
 * @param agreesWithModel whether both end on the same label (or both on none)
 */
record Judgement(String finalLabel, String modelLabel, boolean agreesWithModel) {

    /**
     * Resolves a verdict. A correction to the model's own label counts as agreement: what matters for calibration is
     * the outcome, not the button.
     *
     * @throws IllegalArgumentException on CONFIRM of an unconfirmable position or CORRECT without a label
     */
    static Judgement of(ModelPosition position, Verdict verdict, String label) {
        String modelLabel = position.standsFor();
        String finalLabel = switch (verdict) {
            case CONFIRM -> {
                if (!position.confirmable()) {
                    throw new IllegalArgumentException("nothing to confirm: the model proposed no label");
                }
                yield modelLabel;
            }
            case CORRECT -> {
                if (label == null) {
                    throw new IllegalArgumentException("CORRECT needs a label");
                }
                yield label;
            }
            case REJECT_ALL -> null;
        };
        return new Judgement(finalLabel, modelLabel, Objects.equals(finalLabel, modelLabel));
    }
}
