package com.decisionsuite.worker.routing;

import java.util.List;

import com.decisionsuite.model.Candidate;
import com.decisionsuite.model.DecisionTask;
import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.ThresholdConfig;

/**
 * Proposes the highest-confidence candidate, with its margin to the runner-up (0 when alone).
 */
final class TopCandidatePolicy implements DecisionPolicy {

    private final ServiceType serviceType;

    TopCandidatePolicy(ServiceType serviceType) {
        this.serviceType = serviceType;
    }

    @Override
    public String name() {
        return "top-candidate";
    }

    @Override
    public ServiceType serviceType() {
        return this.serviceType;
    }

    @Override
    public Proposal propose(DecisionTask task, ThresholdConfig config) {
        List<Candidate> ranked = task.rankedCandidates();
        Candidate top = ranked.get(0);
        double runnerUp = ranked.size() > 1 ? ranked.get(1).confidence() : 0.0;
        double margin = Scores.difference(top.confidence(), runnerUp);
        String detail = ranked.size() > 1
                ? "top '" + top.label() + "' " + top.confidence() + ", runner-up '" + ranked.get(1).label() + "' " + runnerUp
                : "single candidate '" + top.label() + "' " + top.confidence();
        return Proposal.of(top.label(), top.confidence(), margin, detail);
    }
}
