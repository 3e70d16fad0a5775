package com.decisionsuite.api.review;

import com.decisionsuite.model.ServiceType;

/**
 * A verdict was committed (published once per verdict, not on idempotent repeats).
 */
record VerdictRecorded(ServiceType serviceType, ReviewKind kind, Verdict verdict, boolean agreesWithModel) {
}
