#!/usr/bin/env python3
"""Emit SQL that loads the starter framework (version 1.0) from its JSON into framework_version,
framework_node, indicator and indicator_reference -- inserted while DRAFT, then PUBLISHED, as the
triggers require. Skips everything when a version 1.0 already exists (e.g. loaded by the app's own
starter loader), so the benchmark never depends on that loader and the loader later skips.
Ids are uuid5 of the codes: the same JSON always gives the same rows."""
import json, sys, uuid

NS = uuid.UUID('6b1d5c1e-2f0a-4c63-9d59-4a7b0c2f1e00')
def uid(*parts): return str(uuid.uuid5(NS, '/'.join(parts)))
def q(v):
    if v is None: return 'null'
    if isinstance(v, bool): return 'true' if v else 'false'
    if isinstance(v, (int, float)): return repr(v)
    return "'" + str(v).replace("'", "''") + "'"
def arr(xs): return "'{" + ','.join(xs) + "}'::text[]"

d = json.load(open(sys.argv[1], encoding='utf-8'))
major, minor = (int(x) for x in d['version'].split('.'))
vid = uid('version', d['version'])
rules = {"bands": {"AAA": 85, "AA": 75, "A": 65, "BBB": 55, "BB": 45, "B": 35},
         "essentialFloor": 50, "essentialCap": "BB", "openCriticalCap": "B"}
out = ["begin;",
       f"-- skip when version {major}.{minor} exists",
       f"select (count(*) = 0) as need_fw from framework_version where major = {major} and minor = {minor} \\gset",
       "\\if :need_fw",
       f"insert into framework_version (id, name, major, minor, status, scoring_rules, created_at) values "
       f"({q(vid)}, {q(d['name'])}, {major}, {minor}, 'DRAFT', {q(json.dumps(rules))}::jsonb, timestamptz '2025-01-01 00:00:00+00');"]
nodes, inds, refs = [], [], []
for tpos, t in enumerate(d['themes']):
    tid = uid('node', t['code'])
    nodes.append(f"({q(tid)}, {q(vid)}, null, 'THEME', {q(t['code'])}, {q(t['title']['en'])}, {q(t['title']['zh'])}, {t.get('weight', 1)}, {tpos})")
    for ppos, tp in enumerate(t['topics']):
        pid = uid('node', tp['code'])
        nodes.append(f"({q(pid)}, {q(vid)}, {q(tid)}, 'TOPIC', {q(tp['code'])}, {q(tp['title']['en'])}, {q(tp['title']['zh'])}, {tp.get('weight', 1)}, {ppos})")
        for apos, a in enumerate(tp['aspects']):
            aid = uid('node', a['code'])
            nodes.append(f"({q(aid)}, {q(vid)}, {q(pid)}, 'ASPECT', {q(a['code'])}, {q(a['title']['en'])}, {q(a['title']['zh'])}, {a.get('weight', 1)}, {apos})")
            for i in a['indicators']:
                iid = uid('indicator', i['code'])
                th = i.get('thresholds') or {}
                tv = th.get('values') or [None] * 4
                ap = i.get('applicability') or {}
                inds.append(f"({q(iid)}, {q(vid)}, {q(aid)}, {q(t['code'])}, {q(i['code'])}, {q(i['title']['en'])}, {q(i['title']['zh'])}, "
                            f"{q(i['guidance']['en'])}, {q(i['guidance']['zh'])}, {q(i['answerType'])}, {q(i.get('unit'))}, {q(th.get('direction'))}, "
                            f"{q(tv[0])}, {q(tv[1])}, {q(tv[2])}, {q(tv[3])}, {q(i['classification'])}, {i['weight']}, "
                            f"{arr(ap.get('stages', []))}, {arr(ap.get('minerals', []))}, {q(bool(ap.get('cahraOnly')))}, {i['riskType']}, {len(inds)})")
                for rpos, r in enumerate(i.get('references', [])):
                    refs.append(f"({q(uid('ref', i['code'], str(rpos)))}, {q(iid)}, {q(r['standard'])}, {q(r['clause'])}, {rpos})")
out.append("insert into framework_node (id, version_id, parent_id, tier, code, title_en, title_zh, weight, position) values\n" + ",\n".join(nodes) + ";")
out.append("insert into indicator (id, version_id, aspect_id, theme_code, code, title_en, title_zh, guidance_en, guidance_zh, answer_type, unit, "
           "threshold_direction, threshold_1, threshold_2, threshold_3, threshold_4, classification, weight, applicable_stages, applicable_minerals, "
           "cahra_only, risk_type, position) values\n" + ",\n".join(inds) + ";")
out.append("insert into indicator_reference (id, indicator_id, standard, clause, position) values\n" + ",\n".join(refs) + ";")
out.append(f"update framework_version set status = 'PUBLISHED', published_at = timestamptz '2025-01-15 00:00:00+00', published_by = 'bench-generator' where id = {q(vid)};")
out.append("\\endif")
out.append("commit;")
print("\n".join(out))
