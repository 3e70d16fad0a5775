package com.decisionsuite.api.intake;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * The body of a batch POST; items stay JSON trees until each is validated on its own.
 */
@Schema(name = "BatchSubmission", requiredProperties = "tasks")
record BatchSubmission(
        @ArraySchema(schema = @Schema(implementation = TaskSubmission.class), minItems = 1, maxItems = MAX_TASKS)
        List<JsonNode> tasks) {

    static final int MAX_TASKS = 500;
}
