-- decision-worker: the relay's whole state, not only its low-water mark, so a replica that takes the cursor over
-- continues exactly where the previous one stopped instead of publishing again every row above the oldest gap.
-- high: highest id published; missing: comma-separated ids between position and high not seen yet (at most
-- GapTracker.MAX_DURABLE_MISSING of them; NULL high means "restart from position", the safe fallback).
ALTER TABLE result_relay_cursor ADD COLUMN high BIGINT NULL, ADD COLUMN missing TEXT NULL;
