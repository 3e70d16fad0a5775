package com.decisionsuite.worker.routing;

import com.decisionsuite.model.DecisionOutcome;
import com.decisionsuite.model.ThresholdConfig;

/**
 * The router's verdict on one task: automatic or escalated, with the reason and what it was based on.
 */
public sealed interface Routed {

    /** The policy that proposed, recorded even when the task escalated before it ran. */
    String policy();

    /** The proposal, or null when the task escalated before or instead of a proposal. */
    Proposal proposal();

    /** The configuration applied, or null when there was none. */
    ThresholdConfig config();

    Reason reason();

    /** A human explanation stored in {@code decision.reason_detail}. */
    String detail();

    DecisionOutcome outcome();

    /** Score and margin cleared the store's accept threshold. */
    record Accepted(String policy, Proposal proposal, ThresholdConfig config, String detail) implements Routed {
        @Override
        public Reason reason() {
            return Reason.ACCEPT_THRESHOLD_MET;
        }

        @Override
        public DecisionOutcome outcome() {
            return DecisionOutcome.AUTO_ACCEPTED;
        }
    }

    /** Score fell to or below the store's reject threshold. */
    record Rejected(String policy, Proposal proposal, ThresholdConfig config, String detail) implements Routed {
        @Override
        public Reason reason() {
            return Reason.REJECT_THRESHOLD_MET;
        }

        @Override
        public DecisionOutcome outcome() {
            return DecisionOutcome.AUTO_REJECTED;
        }
    }

    /** A human decides. */
    record Escalated(String policy, Proposal proposal, ThresholdConfig config, Reason reason, String detail)
            implements Routed {
        @Override
        public DecisionOutcome outcome() {
            return DecisionOutcome.ESCALATED;
        }
    }
}
