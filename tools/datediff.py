#!/usr/bin/env python3
"""List the date mentions the extractor got wrong on the TUNE halves of the development sets.

Usage (from the repository root, with ../shared beside it, after a Release build of the CLI):
  python3 tools/datediff.py                   every set in ../shared/dev that annotates dates
  python3 tools/datediff.py --sets ru-a       one set

Dates are matched as ../shared/tools/score.py matches them (token F1 of the text >= 0.5, one-to-one). Each
line is MISSED (gold only), EXTRA (export only) or VALUE (matched, other value). Check halves are never read.
"""
import argparse
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rulecounts  # noqa: E402  (tune ids, export and the scorer's matching, shared with the rule counts)

score = rulecounts.score


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="*")
    args = parser.parse_args()
    dev = os.path.join(rulecounts.SHARED, "dev")
    counts = {"MISSED": 0, "EXTRA": 0, "VALUE": 0, "ok": 0}
    for name in sorted(args.sets or os.listdir(dev)):
        gold_dir = os.path.join(dev, name, "gold")
        if not os.path.isdir(gold_dir):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "export.json")
            rulecounts.export(os.path.join(dev, name, "docs"), out)
            data = json.load(open(out, encoding="utf-8"))
        golds = {doc: json.load(open(os.path.join(gold_dir, doc + ".json"), encoding="utf-8")).get("dates") or []
                 for doc in rulecounts.tune_ids(gold_dir)}
        # A set whose gold gives no date anywhere does not annotate dates (the Gender Gap Tracker's).
        if not any(golds.values()):
            continue
        for doc, gold in golds.items():
            pred = [d for d in data["dates"] if d["document"] == doc]
            pairs = score.match(gold, pred, lambda x: x.get("text", ""), 0.5)
            matched_gold = {g for g, _ in pairs}
            matched_pred = {p for _, p in pairs}
            for g, p in pairs:
                if (gold[g].get("value") or None) == (pred[p].get("value") or None):
                    counts["ok"] += 1
                    continue
                counts["VALUE"] += 1
                print(f"VALUE  {name}/{doc}: {pred[p]['text']!r} gold={gold[g].get('value')} got={pred[p].get('value')}")
            for g, d in enumerate(gold):
                if g not in matched_gold:
                    counts["MISSED"] += 1
                    print(f"MISSED {name}/{doc}: {d.get('text')!r} = {d.get('value')}")
            for p, d in enumerate(pred):
                if p not in matched_pred:
                    counts["EXTRA"] += 1
                    print(f"EXTRA  {name}/{doc}: {d.get('text')!r} = {d.get('value')}")
    print(" ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
