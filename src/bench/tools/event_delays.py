#!/usr/bin/env python3
"""Summarises the events benchmark (src/bench/events.sh).

stdin: one line per event committed in the measurement window (its occurred_at, epoch ms, from outbox_event).
argv: arrivals file (lines "<arrival epoch ms> <event timestamp ISO> <type> <webhook-id>", from event_receiver.mjs),
      window start ms, window end ms, service CPU ticks over the window and the drain after it, clock ticks per second.
Prints one RESULT line: events produced and delivered per second, delay from the change to its arrival, events lost.
"""
import sys
from datetime import datetime, timezone


def epoch_ms(iso):
    # 2026-12-02T05:20:01.123456789Z -> milliseconds (Python parses at most microseconds)
    date, _, frac = iso.rstrip("Z").partition(".")
    t = datetime.strptime(date, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).timestamp()
    return t * 1000 + (float("0." + frac) * 1000 if frac else 0)


arrivals_file, t0, t1, ticks, hz = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
committed = [float(l) for l in sys.stdin if l.strip()]
delays, last_arrival = [], t0
with open(arrivals_file) as f:
    for line in f:
        parts = line.split()
        if len(parts) < 2:
            continue
        arrived, happened = float(parts[0]), epoch_ms(parts[1])
        if t0 <= happened < t1:
            delays.append(arrived - happened)
            last_arrival = max(last_arrival, arrived)
delays.sort()
n, window_s = len(delays), (t1 - t0) / 1000
pct = lambda p: delays[min(n - 1, int(p / 100 * n))] if n else float("nan")
print("RESULT produced=%d produced_per_s=%.1f delivered=%d delivered_per_s=%.1f lost=%d delay_p50_ms=%.0f delay_p90_ms=%.0f "
      "delay_p99_ms=%.0f delay_max_ms=%.0f service_cpu_ms_per_event=%.2f" % (
          len(committed), len(committed) / window_s, n, n / max(window_s, (last_arrival - t0) / 1000), len(committed) - n,
          pct(50), pct(90), pct(99), delays[-1] if n else float("nan"), ticks * 1000 / hz / max(1, len(committed))))
