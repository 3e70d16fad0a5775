#!lua
-- Idempotent enqueue of the tasks of ONE service type, atomically. The shebang makes Redis refuse the whole
-- script up front under OOM instead of failing half-way.
--   KEYS[1]     the task stream; KEYS[2..n] the idempotency keys, in task order (all share the stream's hash tag)
--   ARGV[1]     idempotency window in seconds
--   ARGV[2]     value stored under the idempotency keys (acceptance time, epoch micros)
--   ARGV[3]     consumer group to create when the stream does not exist yet
--   ARGV[4..]   per task: the count c of its entry's field/value items, then those c items
-- Returns one integer per task: 1 appended, 0 duplicate (its id was seen within the window).
local stream = KEYS[1]
if redis.call('EXISTS', stream) == 0 then
    -- A stream lost or never created gets its group from id 0, so entries added before any worker joins are read.
    redis.pcall('XGROUP', 'CREATE', stream, ARGV[3], '0', 'MKSTREAM')
end
local results = {}
local a = 4
for k = 2, #KEYS do
    local count = tonumber(ARGV[a])
    if redis.call('SET', KEYS[k], ARGV[2], 'NX', 'EX', ARGV[1]) then
        local added = redis.pcall('XADD', stream, '*', unpack(ARGV, a + 1, a + count))
        if type(added) == 'table' and added.err then
            -- Never leave an id marked as seen without its entry: a retry must be able to enqueue it.
            redis.call('DEL', KEYS[k])
            return added
        end
        results[k - 1] = 1
    else
        results[k - 1] = 0
    end
    a = a + count + 1
end
return results
