"""Checks posts.jsonl and practice.json of the second blind set; prints counts by family and label.

Usage (from the repository root):
  python3 compliance/testdata/blind2/validate.py compliance/testdata/blind2/posts.jsonl compliance/testdata/blind2/practice.json
"""
import json, sys, collections
FAM = {"privacy","reply","conduct","myth","claim","endorsement","image","clean"}
LAB = {"block","review","pass"}
seen_id, seen_text = set(), set()
cnt = collections.Counter(); fam = collections.Counter(); lab = collections.Counter()
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    r = json.loads(line)
    assert set(r) == {"id","family","kind","text","review","label","why"}, (n, r.keys())
    assert r["family"] in FAM and r["label"] in LAB and r["kind"] in {"post","reply"}, n
    assert r["text"].strip() and r["why"].strip(), n
    assert (r["kind"] == "reply") == bool(r["review"].strip()), n
    assert r["id"] not in seen_id and r["text"] not in seen_text, n
    seen_id.add(r["id"]); seen_text.add(r["text"])
    cnt[(r["family"], r["label"])] += 1; fam[r["family"]] += 1; lab[r["label"]] += 1
practice = json.load(open(sys.argv[2], encoding="utf-8"))
missing = {"name","state","town","phones","domains","staff","handles","community"} - set(practice)
assert not missing, ("practice.json lacks", sorted(missing))
assert all(s.get("full") and s.get("short") for s in practice["staff"]), "every staff entry needs full and short names"
print(f"{'family':12} {'block':>6} {'review':>6} {'pass':>6} {'total':>6}")
for f in ["privacy","reply","conduct","myth","claim","endorsement","image","clean"]:
    print(f"{f:12} {cnt[(f,'block')]:6} {cnt[(f,'review')]:6} {cnt[(f,'pass')]:6} {fam[f]:6}")
print(f"{'total':12} {lab['block']:6} {lab['review']:6} {lab['pass']:6} {sum(fam.values()):6}")
