-- Sets a configuration cache entry unless Redis already holds a newer version of it, atomically.
-- KEYS[1]  the cache entry (ThresholdConfig JSON, or the literal 'none' for "no store override")
-- KEYS[2]  the version behind the entry, kept beside it because 'none' itself carries no version
-- ARGV[1]  version of the value being written; ARGV[2] the value; ARGV[3] time to live in milliseconds
-- Returns 1 when written, 0 when a newer version was already there.
local incoming = tonumber(ARGV[1])
local known = tonumber(redis.call('GET', KEYS[2]) or '0') or 0
local current = redis.call('GET', KEYS[1])
if current and current ~= 'none' then
    local ok, decoded = pcall(cjson.decode, current)
    if ok and type(decoded) == 'table' and tonumber(decoded['version']) then
        known = math.max(known, tonumber(decoded['version']))
    end
end
if known > incoming then
    return 0
end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
return 1
