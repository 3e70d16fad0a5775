package com.decisionsuite.api.review;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why the task is in front of a human: the worker's reason for escalating, or the automatic decision's reason for an
 * audit sample.
 */
@Schema(description = "Why the task is in review: the worker's reason code and detail")
record ReasonView(String code, String detail, boolean auditSampled) {

    static ReasonView of(AuditedDecision d) {
        return new ReasonView(d.reason(), d.reasonDetail(), d.auditSampled());
    }
}
