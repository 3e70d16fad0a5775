package com.decisionsuite.api.web;

import java.util.ArrayDeque;
import java.util.Deque;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;

/**
 * Where in a JSON document Jackson failed, in the notation problem responses use for {@code field}:
 * {@code candidates[3].confidence}, {@code tasks[2].serviceType}.
 */
public final class JsonFieldPaths {

    private JsonFieldPaths() {
    }

    /** The path of the failure, empty when it happened at the document root. */
    public static String of(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            append(path, ref.getPropertyName(), ref.getIndex());
        }
        if (path.isEmpty() && ex instanceof StreamReadException && ex.processor() instanceof JsonParser parser) {
            // Token-stream errors carry no binding path; the parser still knows where it stopped.
            Deque<TokenStreamContext> contexts = new ArrayDeque<>();
            for (TokenStreamContext ctx = parser.streamReadContext(); ctx != null && !ctx.inRoot(); ctx = ctx.getParent()) {
                contexts.push(ctx);
            }
            for (TokenStreamContext ctx : contexts) {
                append(path, ctx.inObject() ? ctx.currentName() : null, ctx.inArray() ? ctx.getCurrentIndex() : -1);
            }
        }
        return path.toString();
    }

    /** Appends {@code path} to {@code prefix}: {@code tasks[2]} + {@code storeId} is {@code tasks[2].storeId}. */
    public static String join(String prefix, String path) {
        if (prefix.isEmpty() || path.isEmpty() || path.startsWith("[")) {
            return prefix + path;
        }
        return prefix + "." + path;
    }

    /**
     * A syntax error in a few words, with line and column, and without the parser's note about the redacted source.
     */
    public static String syntaxError(JacksonException ex) {
        String message = String.valueOf(ex.getOriginalMessage());
        int noise = message.indexOf(" (start marker");
        message = noise < 0 ? message : message.substring(0, noise);
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
            message += " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    private static void append(StringBuilder path, String name, int index) {
        if (name != null) {
            path.append(path.isEmpty() ? "" : ".").append(name);
        }
        else if (index >= 0) {
            path.append('[').append(index).append(']');
        }
    }
}
