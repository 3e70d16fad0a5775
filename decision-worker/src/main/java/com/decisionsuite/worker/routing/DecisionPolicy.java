package com.decisionsuite.worker.routing;

import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * Level-one routing: turns the candidates of one service type into a proposal.
 */
interface DecisionPolicy {

    /** The stable name recorded in {@code decision.policy}. */
    String name();

    /** The service type this policy decides. */
    ServiceType serviceType();

    /** Proposes a label; may throw, which the router turns into an escalation. */
    Proposal propose(DecisionTask task, ThresholdConfig config);
}
