package com.decisionsuite.model;

/**
 * Names of every Redis key, stream, field and channel the services share, in one place.
 *
 * <p>Keys that one script or transaction touches carry the same hash tag ({@code {<service-type>}}), so the
 * layout works unchanged on Redis Cluster.
 */
public final class TaskStreams {

    /** Consumer group every worker joins on every task stream. */
    public static final String GROUP = "decision-workers";

    /** Stream of decided tasks for upstream consumers (automatic outcomes and reviewer verdicts). */
    public static final String RESULTS_STREAM = "decision-results";

    /** Pub/sub channel on which config-service announces {@link ThresholdsChanged}. */
    public static final String CONFIG_CHANGES_CHANNEL = "decision-config-changes";

    /** Stream entry field holding the task as JSON, exactly as accepted. */
    public static final String FIELD_TASK = "task";

    /** Stream entry field holding the intake time in epoch microseconds. */
    public static final String FIELD_ACCEPTED_AT = "acceptedAt";

    /** Stream entry field holding the W3C trace context of the intake request, when there is one. */
    public static final String FIELD_TRACEPARENT = "traceparent";

    /** Dead-letter entry field holding why the entry was dead-lettered. */
    public static final String FIELD_ERROR = "error";

    /** Dead-letter entry field holding the original stream entry id. */
    public static final String FIELD_SOURCE_ENTRY_ID = "sourceEntryId";

    /** Dead-letter entry field holding how often the entry had been delivered. */
    public static final String FIELD_DELIVERY_COUNT = "deliveryCount";

    /** Results entry field holding a {@link TaskDecided} as JSON. */
    public static final String FIELD_EVENT = "event";

    private TaskStreams() {
    }

    /** The stream a task of this type is queued on, e.g. {@code decision-tasks:{tracking}}. */
    public static String taskStream(ServiceType type) {
        return "decision-tasks:" + hashTag(type);
    }

    /** Where entries that cannot be processed end, with their error. */
    public static String deadLetterStream(ServiceType type) {
        return "decision-tasks-dead:" + hashTag(type);
    }

    /**
     * The intake idempotency key of one task id. It shares the stream's hash tag so the check-and-append
     * script touches one slot; the scope of idempotency at intake is therefore (service type, task id), and
     * the unique task id in MySQL guards across types.
     */
    public static String idempotencyKey(ServiceType type, String taskId) {
        return "decision-task-id:" + hashTag(type) + ":" + taskId;
    }

    /** Redis cache entry of one store's own configuration row (absent marker when it has none). */
    public static String storeConfigKey(String storeId, ServiceType type) {
        return "decision-config:" + storeId + ":" + type.wireName();
    }

    /** Redis cache entry of a service type's default configuration. */
    public static String defaultConfigKey(ServiceType type) {
        return storeConfigKey(Identifiers.DEFAULTS_SCOPE, type);
    }

    private static String hashTag(ServiceType type) {
        return "{" + type.wireName() + "}";
    }
}
