-- Reviewer workflow (decision-api): indexes for the claim.
-- ix_review_claim walks claimable items in urgency order (earliest deadline, then oldest; InnoDB appends the id), so
-- `... ORDER BY deadline_at, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED` stops at the first free row instead of
-- sorting, and a locking read that sorts would lock every row it matched.
-- ix_review_lease finds lapsed leases without walking every live one.
CREATE INDEX ix_review_claim ON review_item (status, deadline_at, created_at);
CREATE INDEX ix_review_lease ON review_item (status, lease_expires_at);
