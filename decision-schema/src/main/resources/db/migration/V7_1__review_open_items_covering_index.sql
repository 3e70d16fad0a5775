-- decision-api: the queue depths (GET /v1/reviews/stats and the review gauges) group every open item by store and
-- service type and read its lease, deadline and creation time. Through ix_review_claim that was one clustered-row
-- lookup per open item: at 300,000 open items one stats call took over 20 s under load. Widening ix_review_lease
-- (status, lease_expires_at) with those columns makes that scan index-only, and the lapsed-lease probe it serves keeps
-- its leading columns. One statement, so no moment exists where the FORCE INDEX (ix_review_lease) of the claim fails;
-- InnoDB builds it in place without blocking writes.
ALTER TABLE review_item
    DROP INDEX ix_review_lease,
    ADD INDEX ix_review_lease (status, lease_expires_at, store_id, service_type, deadline_at, created_at);
