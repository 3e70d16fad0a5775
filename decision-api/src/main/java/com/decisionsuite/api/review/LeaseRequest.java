package com.decisionsuite.api.review;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of the heartbeat and release calls: the token the claim returned.
 */
record LeaseRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String leaseToken) {

    String requiredToken() {
        return VerdictCommand.requireToken(leaseToken);
    }
}
