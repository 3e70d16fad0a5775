-- decision-worker: the W3C trace context the task arrived with (from decision-api's intake span), kept with the
-- decision so the audit trail and the decision-results event can be joined to the request that caused them.
-- NULL when the entry carried none. 128 characters leave room for later traceparent versions.
ALTER TABLE decision ADD COLUMN trace_parent VARCHAR(128) NULL;
