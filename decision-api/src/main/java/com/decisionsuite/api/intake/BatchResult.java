package com.decisionsuite.api.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Answer to a batch POST: which items were queued (repeats included) and which were refused, by index.
 */
@Schema(name = "BatchResult")
record BatchResult(List<AcceptedItem> accepted, List<RejectedItem> rejected) {

    /** An item that is queued; {@code taskId} is the one the API assigned when the item had none. */
    @Schema(name = "BatchAcceptedItem")
    record AcceptedItem(int index, String taskId, @Schema(allowableValues = "ACCEPTED") String status) {

        AcceptedItem(int index, String taskId) {
            this(index, taskId, TaskAccepted.ACCEPTED);
        }
    }

    /** An item that was refused, with its problem in RFC 9457 terms; nothing of it was queued. */
    @Schema(name = "BatchRejectedItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RejectedItem(int index, String taskId, String type, String title, int status, String detail, String field) {

        static RejectedItem of(int index, String taskId, TaskRejectedException ex) {
            var problem = ex.toProblem();
            return new RejectedItem(index, taskId, problem.getType().toString(), problem.getTitle(), problem.getStatus(),
                    problem.getDetail(), ex.field());
        }
    }
}
