package com.decisionsuite.worker.stream;

import java.util.List;

import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.decisionsuite.model.ServiceType;
import com.decisionsuite.model.TaskStreams;
import com.decisionsuite.worker.metrics.WorkerMetrics;

/**
 * The periodic jobs of every worker: the reclaim sweep over all pending entries, and measuring plus trimming.
 */
final class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final StatefulRedisConnection<String, String> redis;

    private final Collaborators with;

    private final List<ServiceType> types;

    Housekeeping(StatefulRedisConnection<String, String> redis, Collaborators with, List<ServiceType> types) {
        this.redis = redis;
        this.with = with;
        this.types = List.copyOf(types);
    }

    /** Creates the consumer groups up front; when Redis is not there yet the loops create them later. */
    void ensureGroups(GroupReads reads) {
        try {
            reads.ensureGroups(this.redis.sync());
        }
        catch (RuntimeException ex) {
            log.warn("Could not create consumer groups yet: {}", ex.toString());
        }
    }

    /** Takes over and processes entries left idle by other (or dead) consumers, page by page. */
    void sweep(Retry retry) {
        for (ServiceType type : this.types) {
            try {
                String cursor = "0-0";
                PendingSweep.Page page;
                do {
                    page = this.with.sweep().claim(this.redis.sync(), type, cursor);
                    if (!page.entries().isEmpty()) {
                        this.with.metrics().reclaimed(type, page.entries().size());
                        log.info("Reclaimed {} idle entries of {}", page.entries().size(), TaskStreams.taskStream(type));
                        this.with.handler().handle(page.entries(), retry);
                    }
                    cursor = page.nextCursor();
                }
                while (!page.last());
            }
            catch (RuntimeException ex) {
                if (GroupReads.isNoGroup(ex)) {
                    log.debug("No group on {} yet", TaskStreams.taskStream(type));
                }
                else {
                    log.warn("Reclaim sweep of {} failed: {}", type, ex.toString());
                }
            }
        }
    }

    /** Measures every stream for the gauges and health, and trims what the group no longer needs. */
    void trim() {
        for (ServiceType type : this.types) {
            String stream = TaskStreams.taskStream(type);
            try {
                StreamProgress.Stats stats = this.with.trimmer().measureAndTrim(this.redis.sync(), stream);
                this.with.progress().measured(stream, stats == null ? new StreamProgress.Stats(0, 0, 0) : stats);
                this.with.progress().deadLetters(stream, this.redis.sync().xlen(TaskStreams.deadLetterStream(type)));
            }
            catch (RuntimeException ex) {
                log.warn("Measuring and trimming {} failed: {}", stream, ex.toString());
            }
        }
    }

    record Collaborators(PendingSweep sweep, StreamTrimmer trimmer, BatchHandler handler, WorkerMetrics metrics,
            StreamProgress progress) {
    }
}
