-- Reviewer workflow (decision-api): when the current lease began, so heartbeats can keep a lease alive for at most
-- decision.review.max-heartbeat-extension past its claim instead of forever. NULL while nobody holds the item.
ALTER TABLE review_item ADD COLUMN claimed_at DATETIME(6) NULL;
