/**
 * The Lua script of the Redis rate store: GCRA, fixed windows and sliding logs, checked and consumed for a batch
 * of calls in one atomic run. Data for Redis, kept apart from the TypeScript that drives it (./redis.ts).
 */

// One script runs a BATCH of consume calls, one after the other, each all-or-nothing on its own (calls that
// arrive while another batch is in flight are sent together: fewer round trips, same decisions as sending them
// one by one). The batch is described compactly, so Lua parses each distinct limit once, not once per call:
//   ARGV[1] clock ('' = Redis TIME), ARGV[2] batch id,
//   then S specs, each `alg limit windowMs burst tzOffsetMs` (alg g|f|s),
//   then H shapes, each `n spec1 .. specN` (the specs of a call's limits, in order; shape ids are 1..H),
//   then C calls, each its shape id (omitted when the batch has one shape) and one member per sliding limit
//   ('' = none).
// KEYS are the calls' keys in order. Every GCRA and fixed key of the batch is read with ONE MGET and written
// at most once at the end (its final state, with its expiry); the calls in between see each other's effects
// through Lua tables, exactly as if each had run alone. Sliding logs (sorted sets) are read and written per call.
// Number-to-string conversions cost about as much as a key lookup here, so whatever can be computed once per
// spec per batch is (window index, expiries), and GCRA values are packed doubles (see the writes at the end).
// Reply: per call 0 when allowed, else retryAfterMs * (n + 1) + blocking index + 1; then the instant decided at.
export const CONSUME_SCRIPT = `
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[1])
end
local tag = ARGV[2]
local MAX_TTL = 10000000000000

local salg, slimit, swindow, soffset = {}, {}, {}, {}
local sinterval, stolerance, slife = {}, {}, {}
local sindex, sprefix, sttl = {}, {}, {}
local a = 4
for s = 1, tonumber(ARGV[3]) do
  local alg, limit, window, offset = ARGV[a], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 4])
  salg[s], slimit[s], swindow[s], soffset[s] = alg, limit, window, offset
  if alg == 'g' then
    sinterval[s] = window / limit
    stolerance[s] = tonumber(ARGV[a + 3]) * sinterval[s]
    -- the furthest a TAT can run ahead of now: a key written now with this lifetime outlives its TAT
    slife[s] = math.min(MAX_TTL, math.max(1, math.ceil(stolerance[s] + sinterval[s])))
    sttl[s] = tostring(slife[s])
  elseif alg == 'f' then
    local index = math.floor((now + offset) / window)
    sindex[s], sprefix[s] = index, index .. ':'
    sttl[s] = tostring(math.min(MAX_TTL, math.max(1, math.ceil((index + 1) * window - offset - now) + 1000)))
  end
  a = a + 5
end

local hsize, hspecs, hslides = {}, {}, {}
local shapes = tonumber(ARGV[a])
a = a + 1
for h = 1, shapes do
  local n = tonumber(ARGV[a])
  local list, slides = {}, 0
  for i = 1, n do
    local s = tonumber(ARGV[a + i])
    list[i] = s
    if salg[s] == 's' then slides = slides + 1 end
  end
  local id = tostring(h)
  hsize[id], hspecs[id], hslides[id] = n, list, slides
  a = a + 1 + n
end

-- Pass 1: every GCRA or fixed key of the batch, once: its position j in the batch's key list, which pass 2
-- finds through ref (by position in KEYS). Both passes walk the calls the same way: a call's keys follow the
-- previous call's, and its arguments are its shape id (only when shapes differ) and its sliding members.
local calls = tonumber(ARGV[a])
a = a + 1
local firstarg = a
local pos, pkey, palg, ref = {}, {}, {}, {}
local np = 0
local k = 0
local uniform = shapes == 1
local step = 1
if uniform then step = 0 end
for c = 1, calls do
  local h = '1'
  if not uniform then h = ARGV[a] end
  local list = hspecs[h]
  for i = 1, hsize[h] do
    local alg = salg[list[i]]
    if alg ~= 's' then
      local key = KEYS[k + i]
      local j = pos[key]
      if not j then
        np = np + 1
        j = np
        pos[key], pkey[j], palg[j] = j, key, alg
      end
      ref[k + i] = j
    end
  end
  k = k + hsize[h]
  a = a + step + hslides[h]
end

-- State per position. GCRA: the TAT, and the instant the key expires at (0 = unknown). Fixed: the stored
-- value (raw) until a call commits a count (state).
local state, gexpires, raw = {}, {}, {}
for first = 1, #pkey, 1000 do
  local last = math.min(#pkey, first + 999)
  local read = redis.call('MGET', unpack(pkey, first, last))
  for j = first, last do
    local v = read[j - first + 1]
    if palg[j] == 'g' then
      if v and #v == 17 and string.byte(v, 1) == 71 then
        local _, t, e = struct.unpack('<Bdd', v)
        state[j], gexpires[j] = t, e
      else
        state[j], gexpires[j] = (v and tonumber(v)) or 0, 0
      end
    else
      raw[j] = v
    end
  end
end

-- Pass 2: each call decides every limit (seeing an earlier limit of the same call on the same key), then
-- commits only when all allow. A fixed position that a call committed holds its count, with wspec its spec.
local out, dirty, wspec = {}, {}, {}
local tkey, tval, taux = {}, {}, {}
local k0, a0 = 0, firstarg
for c = 1, calls do
  local h = '1'
  if not uniform then h = ARGV[a0] end
  local list, n, m = hspecs[h], hsize[h], a0 + step - 1
  local blocked, retry = 0, 0
  for i = 1, n do
    local s = list[i]
    local key, alg = KEYS[k0 + i], salg[s]
    tkey[i] = key
    local same = 0
    for j = 1, i - 1 do
      if tkey[j] == key then same = j end
    end
    if alg == 'g' then
      local t
      if same > 0 then t = tval[same] else t = state[ref[k0 + i]] end
      if t < now then t = now end
      if t - now > stolerance[s] then
        blocked, retry = i, math.max(1, math.ceil(t - stolerance[s] - now))
        break
      end
      tval[i] = t + sinterval[s]
    elseif alg == 'f' then
      local index = sindex[s]
      local count = 0
      if same > 0 then
        count = tval[same]
      else
        local j = ref[k0 + i]
        local w = wspec[j]
        if w then
          if sindex[w] == index then count = state[j] end
        else
          local v, prefix = raw[j], sprefix[s]
          if v and string.find(v, prefix, 1, true) == 1 then count = tonumber(string.sub(v, #prefix + 1)) or 0 end
        end
      end
      if count >= slimit[s] then
        blocked, retry = i, math.max(1, math.ceil((index + 1) * swindow[s] - soffset[s] - now))
        break
      end
      tval[i] = count + 1
    else
      m = m + 1
      local member, window, limit = ARGV[m], swindow[s], slimit[s]
      local extra = 0
      if same > 0 then extra = tval[same] end
      redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
      local known = false
      if member ~= '' then known = redis.call('ZSCORE', key, member) ~= false end
      local count = redis.call('ZCARD', key) + extra
      if not known and count >= limit then
        local first = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
        blocked, retry = i, math.max(1, math.ceil(tonumber(first[2] or now) + window - now))
        break
      end
      if member == '' then member = tag .. ':' .. c .. ':' .. i end
      if known then tval[i] = extra else tval[i] = extra + 1 end
      taux[i] = member
    end
  end
  if blocked == 0 then
    for i = 1, n do
      local s = list[i]
      if salg[s] == 's' then
        redis.call('ZADD', tkey[i], now, taux[i])
        redis.call('PEXPIRE', tkey[i], swindow[s])
      else
        local j = ref[k0 + i]
        state[j] = tval[i]
        if not wspec[j] then dirty[#dirty + 1] = j end
        wspec[j] = s
      end
    end
    out[c] = 0
  else
    out[c] = retry * (n + 1) + blocked
  end
  k0 = k0 + n
  a0 = a0 + step + hslides[h]
end

-- Each changed GCRA or fixed key is written once, with its final state. Its expiry is set only when the one it
-- has could end too soon: a GCRA key stores the instant it expires at next to its TAT ('G', two doubles: no
-- number-to-text conversion either way), and a fixed key already holding this window keeps its expiry.
-- On the caller's clock (tests, replays) Redis still expires keys in real time, so every write sets a fresh
-- expiry from the caller's instant instead (a replay slower than real time keeps its keys).
local keep = ARGV[1] == ''
local counts = {}
for d = 1, #dirty do
  local j = dirty[d]
  local s = wspec[j]
  if palg[j] == 'g' then
    local t, expires = state[j], gexpires[j]
    if keep and t <= expires then
      redis.call('SET', pkey[j], struct.pack('<Bdd', 71, t, expires), 'KEEPTTL')
    else
      redis.call('SET', pkey[j], struct.pack('<Bdd', 71, t, now + slife[s]), 'PX', sttl[s])
    end
  else
    local count = state[j]
    local text = counts[count]
    if not text then
      text = tostring(count)
      counts[count] = text
    end
    local v, prefix = raw[j], sprefix[s]
    if keep and v and string.find(v, prefix, 1, true) == 1 then
      redis.call('SET', pkey[j], prefix .. text, 'KEEPTTL')
    else
      redis.call('SET', pkey[j], prefix .. text, 'PX', sttl[s])
    end
  end
end
out[calls + 1] = now
return out
`;
