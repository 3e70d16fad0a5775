package com.decisionsuite.worker.relay;

import java.util.Collection;
import java.util.List;

/**
 * A table whose committed rows become events on {@code decision-results}, read by ascending id.
 */
interface RelaySource {

    /** Cursor row name in {@code result_relay_cursor}. */
    String name();

    /** Rows with an id above {@code after}, ascending, at most {@code limit}. */
    List<RelayRow> after(long after, int limit);

    /** The rows among these ids that exist now. */
    List<RelayRow> byIds(Collection<Long> ids);

    /** The highest id committed so far, 0 when empty. */
    long maxId();

    /**
     * Whether this worker's own commits add rows here, so that they wake the relay for this source. Other sources are
     * polled at the relay's interval only.
     */
    default boolean fedByThisWorker() {
        return false;
    }
}
