package com.decisionsuite.bench.workload;

import java.util.List;
import java.util.Map;

import com.decisionsuite.model.Candidate;

/** The part of a task a service type shapes: its candidates, context, and the truth behind them. */
record Draw(List<Candidate> candidates, Map<String, Object> context, GroundTruth truth) {
}
