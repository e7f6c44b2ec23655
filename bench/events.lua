-- One CHECKED_ON per request, each under a new event id, as a phone sends a tap.
-- Arguments: run id, child id, the event time (ISO), a phase number that keeps ids unique across runs of wrk.
local threads = {}
local counter = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  ok, bad = 0, 0
  path = "/api/v1/runs/" .. args[1] .. "/events"
  wrk.headers["Content-Type"] = "application/json"
  child, at, phase = args[2], args[3], tonumber(args[4])
end

function request()
  counter = counter + 1
  local id = string.format("%08x-%04x-4000-8000-%012x", phase, tid, counter)
  local body = '{"events":[{"id":"' .. id .. '","type":"CHECKED_ON","childId":' .. child .. ',"at":"' .. at .. '"}]}'
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else bad = bad + 1 end
end

function done(summary, latency, requests)
  local bad = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local ok = 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("ok")
    bad = bad + t:get("bad")
  end
  io.write(string.format("RESULT %d %.0f %.1f %.1f %d %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, ok))
end
