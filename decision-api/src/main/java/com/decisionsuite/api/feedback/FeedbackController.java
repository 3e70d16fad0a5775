package com.decisionsuite.api.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The training and calibration set: reviewed tasks with the model's proposal and the human verdict, as JSON Lines.
 */
@RestController
@RequestMapping("/v1/feedback")
@Tag(name = "feedback", description = "Reviewed tasks for training and threshold calibration")
class FeedbackController {

    static final String NDJSON = "application/x-ndjson";

    private static final Logger log = LoggerFactory.getLogger(FeedbackController.class);

    private final FeedbackExport export;

    FeedbackController(FeedbackExport export) {
        this.export = export;
    }

    // Written straight to the servlet stream on the request thread: no async timeout cuts a long export short, and
    // every parameter is checked before the first byte, while a problem response is still possible.
    @GetMapping("/export")
    @Operation(summary = "Stream reviewed tasks whose verdict was decided in [from, to) as JSON Lines, oldest first")
    @ApiResponse(responseCode = "200", description = "One JSON object per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = FeedbackLine.class)))
    @ApiResponse(responseCode = "400", description = "A parameter is invalid (invalid-field)")
    void export(
            @Parameter(description = "ISO-8601 instant, inclusive; default: a day before to") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive; default: now") @RequestParam(required = false) String to,
            @RequestParam(required = false) String storeId,
            @Parameter(description = "wire name, e.g. tracking") @RequestParam(required = false) String serviceType,
            @Parameter(description = "ESCALATION or AUDIT; default both") @RequestParam(required = false) String kind,
            HttpServletResponse response) throws IOException {
        ExportQuery query = ExportQuery.parse(from, to, storeId, serviceType, kind, Instant.now());
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            long lines = this.export.write(query, out);
            log.debug("Feedback export {} wrote {} lines", query, lines);
        }
    }
}
