package com.decisionsuite.config.version;

import java.util.Arrays;
import java.util.List;

import com.decisionsuite.config.problem.ApiProblemException;

/**
 * The conditional headers of a write (RFC 9110 section 13), evaluated against the current state inside the write
 * transaction. Tags are compared as {@link Current#etag()} renders them; an unquoted tag is read as if quoted.
 *
 * @param ifMatch raw {@code If-Match}, or {@code null}
 * @param ifNoneMatch raw {@code If-None-Match}, or {@code null}
 * @param requiredWhenLive whether an existing configuration of the scope's own demands a condition (428 without)
 */
public record Precondition(String ifMatch, String ifNoneMatch, boolean requiredWhenLive) {

    /** No condition: bulk changes. */
    public static Precondition none() {
        return new Precondition(null, null, false);
    }

    /** Throws 428 or 412 unless the write may proceed on {@code current}. */
    public void check(Current current) {
        String tag = current.etag();
        if (this.ifMatch != null) {
            if (this.ifMatch.strip().equals("*")) {
                if (!current.live()) {
                    throw ApiProblemException.preconditionFailed("If-Match: * but there is no configuration of its own");
                }
            }
            else if (tag == null || !strongTags(this.ifMatch).contains(tag)) {
                throw ApiProblemException.preconditionFailed("If-Match " + this.ifMatch.strip()
                        + " does not match the current ETag " + tag + "; reload and retry");
            }
        }
        else if (this.ifNoneMatch == null && this.requiredWhenLive && current.live()) {
            throw ApiProblemException.preconditionRequired("This configuration exists (ETag " + tag
                    + "); send If-Match with the ETag you based the change on");
        }
        if (this.ifNoneMatch != null) {
            boolean any = this.ifNoneMatch.strip().equals("*");
            if ((any && current.live()) || (!any && tag != null && weakTags(this.ifNoneMatch).contains(tag))) {
                throw ApiProblemException.preconditionFailed("If-None-Match " + this.ifNoneMatch.strip()
                        + " matches the current ETag " + tag);
            }
        }
    }

    private static List<String> strongTags(String header) {
        return Arrays.stream(header.split(",")).map(String::strip).filter(t -> !t.startsWith("W/"))
                .map(Precondition::quoted).toList();
    }

    private static List<String> weakTags(String header) {
        return Arrays.stream(header.split(",")).map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t).map(Precondition::quoted).toList();
    }

    private static String quoted(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag : "\"" + tag + "\"";
    }
}
