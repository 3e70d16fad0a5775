package com.decisionsuite.api.intake;

import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The W3C trace context a queued task carries to the worker: the intake request's own span, which continues an
 * incoming {@code traceparent}, so the worker's log lines and the decision-results event join the caller's trace.
 */
@Component
class TraceContexts {

    /** W3C trace context, version 00 and the forward-compatible shape of later versions. */
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}(-[!-~]{0,64})?");

    private static final String ZEROS = "00000000000000000000000000000000";

    private final Tracer tracer;

    TraceContexts(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
    }

    /**
     * The context to hand on: the current span's when tracing runs; otherwise the incoming header when it is
     * W3C-shaped (handed on unchanged); otherwise null.
     */
    String toHandOn(String incoming) {
        // An unsampled Brave span reports isNoop() yet has a real context, which must travel all the same.
        Span span = this.tracer.currentSpan();
        TraceContext context = span == null ? null : span.context();
        if (context != null && context.traceId() != null && !context.traceId().isEmpty()) {
            return "00-" + padded(context.traceId(), 32) + "-" + padded(context.spanId(), 16)
                    + (Boolean.TRUE.equals(context.sampled()) ? "-01" : "-00");
        }
        return incoming != null && TRACEPARENT.matcher(incoming).matches() ? incoming : null;
    }

    // Brave may run with 64-bit trace ids; W3C wants 32 hex digits, left-padded.
    private static String padded(String hex, int width) {
        return hex.length() >= width ? hex : ZEROS.substring(0, width - hex.length()) + hex;
    }
}
