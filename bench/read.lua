-- Counts every answer that is not 2xx (wrk itself counts only >= 400) and prints one line for the table:
-- RESULT requests requests/s p50-ms p99-ms errors
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, bad = 0, 0
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
