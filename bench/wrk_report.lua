-- wrk reporter for bench/message_center.py: one machine-readable line per run.
-- wrk records every request's latency in microseconds; percentile() reads that histogram,
-- so p50/p95/p99 are exact, not interpolated from wrk's printed 50/75/90/99.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "seconds": %.3f, "rps": %.2f, "p50": %.3f, "p95": %.3f, '
      .. '"p99": %.3f, "max": %.3f, "http_errors": %d, "socket_errors": %d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
