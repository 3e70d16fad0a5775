package com.decisionsuite.config.version;

import java.util.Locale;

/**
 * What kind of request wrote a configuration version; stored with the version and used as the metric tag.
 */
public enum ChangeKind {
    UPDATE,
    ROLLBACK,
    DELETE,
    BULK;

    /** The lower-case name used on the wire and in metric tags. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
