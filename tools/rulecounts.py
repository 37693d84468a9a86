#!/usr/bin/env python3
"""Count what each extraction rule got right and wrong on the TUNE halves of the development sets.

Usage (from the repository root, with ../shared beside it):
  python3 tools/rulecounts.py                 every set in ../shared/dev
  python3 tools/rulecounts.py --sets en-a     one set

Each statement of the export carries the rule that decided it (`rule`, see docs/extraction.md). A predicted
statement is matched to gold the way ../shared/tools/score.py matches it (token F1 >= 0.6, one-to-one), then
counted under its rule as correct (right speaker), wrong speaker, or extra (no gold statement). Missed gold
statements have no rule; they are counted by gold kind. Only tune halves are read, as devscore.sh defines
them (the first half of each set's sorted gold ids): the check halves are for scores, not for reading.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(REPO), "shared")
sys.path.insert(0, os.path.join(SHARED, "tools"))
import score  # noqa: E402  (the scorer's own matching and speaker rules, so counts agree with its scores)


def tune_ids(gold_dir):
    ids = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json"))
    return ids[: (len(ids) + 1) // 2]


def export(docs_dir, out):
    subprocess.run(["dotnet", "run", "--no-build", "-c", "Release", "--project", os.path.join(REPO, "src", "DatasetSdk.Cli"),
                    "--", "export", docs_dir, "-o", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def count(export_path, gold_dir, ids, counts, missed):
    _, speakers, by_doc = score.load_export(export_path)
    for stem in ids:
        with open(os.path.join(gold_dir, stem + ".json"), encoding="utf-8") as f:
            gold = json.load(f)
        gs = gold.get("statements", [])
        ps = by_doc.get(stem, {"statements": []})["statements"]
        pairs = score.match(gs, ps, lambda x: x.get("text", ""), 0.6)
        matched_g = {gi for gi, _ in pairs}
        by_pred = {pi: gi for gi, pi in pairs}
        for pi, p in enumerate(ps):
            rule = p.get("rule") or "(none)"
            if pi not in by_pred:
                counts[rule]["extra"] += 1
                continue
            g = gs[by_pred[pi]]
            if score.optional(g):
                continue
            ok = score.speaker_ok(gold, g.get("speaker"), speakers.get(p.get("speaker")))
            counts[rule]["correct" if ok else "wrong speaker"] += 1
        for gi, g in enumerate(gs):
            if gi not in matched_g and not score.optional(g):
                missed[g.get("kind", "?")] += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", help="dev set names (default: all)")
    args = ap.parse_args()
    dev = os.path.join(SHARED, "dev")
    sets = args.sets or sorted(d for d in os.listdir(dev) if os.path.isdir(os.path.join(dev, d, "gold")))
    subprocess.run(["dotnet", "build", os.path.join(REPO, "src", "DatasetSdk.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    counts = collections.defaultdict(collections.Counter)
    missed = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            out = os.path.join(tmp, name + ".json")
            export(os.path.join(dev, name, "docs"), out)
            gold = os.path.join(dev, name, "gold")
            count(out, gold, tune_ids(gold), counts, missed)
    columns = ("correct", "wrong speaker", "extra")
    print(f"{'rule':32} " + " ".join(f"{c:>13}" for c in columns))
    for rule in sorted(counts, key=lambda r: (-sum(counts[r].values()), r)):
        print(f"{rule:32} " + " ".join(f"{counts[rule][c]:>13}" for c in columns))
    print(f"{'total':32} " + " ".join(f"{sum(counts[r][c] for r in counts):>13}" for c in columns))
    print("missed gold by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(missed.items())) + f" (total {sum(missed.values())})")


if __name__ == "__main__":
    main()
