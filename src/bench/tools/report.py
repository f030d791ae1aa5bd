#!/usr/bin/env python3
"""Turns run.sh's raw RESULT lines into a markdown table: req/s, p50, p99, and req/s / floor tps."""
import re, sys
rows, floors, other = [], {}, []
for line in open(sys.argv[1]):
    parts = line.split(None, 2)
    if len(parts) < 3:
        continue
    scale, name, rest = parts
    kv = dict(re.findall(r'(\w+)=([\d.]+)', rest))
    if name.startswith('floor-'):
        floors[(scale, name[6:])] = kv
    elif 'rps' in kv:
        rows.append((scale, name, kv))
    else:
        other.append(line.strip())
FLOOR_OF = {'portfolio50': 'portfolioPage', 'portfolioSuppliers': 'portfolioPage', 'fullReport': 'fullReport',
            'directory': 'directory', 'saveAnswers': 'saveAnswers'}
print()
print('| scale | operation | req/s | p50 ms | p99 ms | errors | service CPU ms/req | warm-up CPU ms/req | PostgreSQL CPU ms/req | load avg | floor tps | floor p50 / p99 ms | floor PostgreSQL CPU ms/req | req/s ÷ floor |')
print('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for scale, name, kv in rows:
    f = floors.get((scale, FLOOR_OF.get(name, '')))
    ratio = f'{float(kv["rps"]) / float(f["tps"]):.2f}' if f else ''
    print(f'| {scale} | {name} | {kv["rps"]} | {kv["p50_ms"]} | {kv["p99_ms"]} | {kv.get("errors", "")} | {kv.get("service_cpu_ms_per_req", "")} | '
          f'{kv.get("warmup_cpu_ms_per_req", "")} | {kv.get("pg_cpu_ms_per_req", "")} | {kv.get("loadavg", "")} | '
          f'{f["tps"] if f else ""} | {f["p50_ms"] + " / " + f["p99_ms"] if f else ""} | {f.get("pg_cpu_ms_per_req", "") if f else ""} | {ratio} |')
for (scale, name), f in floors.items():
    print(f'| {scale} | floor: {name} (pgbench) | {f["tps"]} tps | {f["p50_ms"]} | {f["p99_ms"]} | | | | {f.get("pg_cpu_ms_per_req", "")} | | | | | |')
print()
for o in other:
    print('- ' + o)
