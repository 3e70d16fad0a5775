-- decision-worker / decision-api: ix_review_queue (status, deadline_at, id) duplicates the leading columns of
-- ix_review_claim (status, deadline_at, created_at), which serves the claim and the open-item scans alike. Every
-- escalation inserts a review_item row, so each secondary index is write work on the hottest insert path.
DROP INDEX ix_review_queue ON review_item;
