package com.decisionsuite.config.web;

import com.decisionsuite.config.version.Current;
import org.springframework.http.ResponseEntity;

/**
 * Puts a configuration's entity tag on a response, so clients can send it back as {@code If-Match}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** A 200 response carrying {@code body} and the ETag of {@code current}. */
    public static <T> ResponseEntity<T> ok(Current current, T body) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok();
        String tag = current.etag();
        if (tag != null) {
            builder.eTag(tag);
        }
        return builder.body(body);
    }
}
