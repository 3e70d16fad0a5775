package com.decisionsuite.api.status;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reviewer's verdict on an escalated task (a {@code review_verdict} of kind {@code ESCALATION}). The seam for the
 * reviewer workflow: it fills this part and sets {@code decidedBy} to {@code reviewer}; until then it is absent.
 */
@Schema(name = "TaskReview")
record ReviewPart(String verdict, String finalLabel, String reviewer, Instant decidedAt) {
}
