package com.decisionsuite.config.change;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a store override is removed; the store falls back to its service type's default.
 */
record RemoveOverrideRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String reason) {
}
