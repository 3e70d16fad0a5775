package com.decisionsuite.config.history;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which earlier version to restore (as a new version) and why.
 */
record RollbackRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1") Integer toVersion,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String reason) {
}
