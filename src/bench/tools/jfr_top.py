#!/usr/bin/env python3
"""Summarise CPU samples of a JFR recording: the hottest methods by self time and by inclusive time, and the
hottest packages. Usage: jfr_top.py <recording.jfr> [--top N] [--filter substring]

Reads `jfr print --json --events jdk.ExecutionSample` (the JDK's own tool); no other dependency."""
import collections, json, subprocess, sys

args = sys.argv[1:]
path = args[0]
top = int(args[args.index("--top") + 1]) if "--top" in args else 40
flt = args[args.index("--filter") + 1] if "--filter" in args else None
tree_root = args[args.index("--tree") + 1] if "--tree" in args else None   # print the call tree below this method

out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample", path],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
self_c, incl_c, pkg_c = collections.Counter(), collections.Counter(), collections.Counter()
tree = {}
n = 0
for e in events:
    frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
    names = []
    for f in frames:
        m = f["method"]
        names.append(m["type"]["name"] + "." + m["name"])
    if flt and not any(flt in x for x in names):
        continue
    n += 1
    if names:
        self_c[names[0]] += 1
        pkg_c[".".join(names[0].split(".")[:3])] += 1
    for x in set(names):
        incl_c[x] += 1
    if tree_root:
        path = list(reversed(names))
        if tree_root in path:
            node = tree
            for x in path[path.index(tree_root):]:
                entry = node.setdefault(x, [0, {}])
                entry[0] += 1
                node = entry[1]
if tree_root:
    def show(node, depth, total):
        for k, (c, kids) in sorted(node.items(), key=lambda kv: -kv[1][0]):
            if c * 100.0 / n < 0.8:
                continue
            # collapse single-child chains
            print(f"{100.0 * c / n:6.2f}% {'  ' * depth}{k}")
            show(kids, depth + 1, c)
    show(tree, 0, n)
    sys.exit(0)
print(f"samples: {n}")
print("\n== self ==")
for k, v in self_c.most_common(top):
    print(f"{100.0 * v / n:6.2f}%  {k}")
print("\n== self by package (3 levels) ==")
for k, v in pkg_c.most_common(top):
    print(f"{100.0 * v / n:6.2f}%  {k}")
print("\n== inclusive ==")
for k, v in incl_c.most_common(top * 2):
    print(f"{100.0 * v / n:6.2f}%  {k}")
