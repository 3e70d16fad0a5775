package com.decisionsuite.api.review;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Answer to a verdict: the verdict on record, and whether this call only repeated it.
 */
@Schema(description = "The verdict on record; replayed=true when an identical earlier verdict was repeated")
record VerdictResponse(VerdictView verdict, boolean replayed) {

    static VerdictResponse of(VerdictRecorder.RecordedVerdict recorded) {
        return new VerdictResponse(VerdictView.of(recorded.verdict()), recorded.replayed());
    }
}
