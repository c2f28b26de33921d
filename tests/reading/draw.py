#!/usr/bin/env python3
"""Draw a blind reading sheet: a seeded, stratified sample of generated questions, printed with their keys.

A blind reading (issue 15) is how the questions' quality is measured: someone who has never seen the code reads
a sample as a demanding teacher reads a quiz before printing it, and counts acceptable / minor flaw /
unacceptable. This script makes the sample the same way every time, so a reading can be repeated and compared:

  for each content folder: quizzes of COUNT questions for every seed in SEEDS at easy, medium and hard
  (`factdeck quiz --format json`), the questions told apart by id and prompt, then N drawn from them,
  stratified by question type (largest remainder, at least one of each type present) with SAMPLE_SEED.

  tests/reading/draw.py --factdeck build/app/factdeck --set unseen=DIR:40 --set content=content:20 \
      --seeds 131..133 --sample-seed 20311 -o sheet.md

The sheet lists each question as a learner sees it (prompt, options), then its key, what else is accepted and
the article's sentence, so the reader judges question and key together. Only the Python standard library.
"""
import argparse
import json
import random
import subprocess
import sys
from collections import defaultdict

DIFFICULTIES = ("easy", "medium", "hard")


def seed_range(text):
    if ".." in text:
        a, b = text.split("..", 1)
        return list(range(int(a), int(b) + 1))
    return [int(s) for s in text.split(",") if s]


def quizzes(factdeck, folder, seeds, count):
    """Every distinct question of the quizzes, in a fixed order, with the difficulty it was made at."""
    seen, out = set(), []
    for seed in seeds:
        for d in DIFFICULTIES:
            cmd = [factdeck, "--no-cache", "quiz", "--content", folder, "--count", str(count), "--seed", str(seed),
                   "--difficulty", d, "--format", "json"]
            run = subprocess.run(cmd, capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"draw.py: {' '.join(cmd)} failed:\n{run.stderr}")
            for q in json.loads(run.stdout)["questions"]:
                key = (q["id"], q.get("prompt", ""))
                if key in seen:
                    continue
                seen.add(key)
                out.append(q)
    return out


def stratified(questions, n, rng):
    """n questions, each type's share as in the pool (largest remainder), at least one of every type present."""
    by_type = defaultdict(list)
    for q in questions:
        by_type[q["type"]].append(q)
    types = sorted(by_type)
    n = min(n, len(questions))
    quota = {t: 1 for t in types} if n >= len(types) else {t: 0 for t in types}
    left = n - sum(quota.values())
    shares = {t: left * len(by_type[t]) / len(questions) for t in types}
    for t in types:
        quota[t] += int(shares[t])
    rest = n - sum(quota.values())
    for t in sorted(types, key=lambda t: (-(shares[t] - int(shares[t])), t))[:rest]:
        quota[t] += 1
    picked = []
    for t in types:
        pool = list(by_type[t])
        rng.shuffle(pool)
        picked += pool[: min(quota[t], len(pool))]
    rng.shuffle(picked)
    return picked


def options_of(q):
    t = q["type"]
    if t in ("mcq", "reverse", "fact-or-opinion"):
        return [f"   {chr(65 + i)}. {o}" for i, o in enumerate(q.get("options", []))]
    if t == "tf":
        return ["   True / False"]
    if t == "order":
        return [f"   - {o}" for o in q.get("items", [])]
    if t == "match":
        lines = [f"   {i + 1}. {l}" for i, l in enumerate(q.get("left", []))]
        return lines + [f"   {chr(97 + i)}. {r}" for i, r in enumerate(q.get("right", []))]
    return ["   Answer: ______"]


def key_of(q):
    t = q["type"]
    if t in ("mcq", "reverse", "fact-or-opinion"):
        i = q.get("answer_index", q.get("answer"))
        if isinstance(i, int) and 0 <= i < len(q.get("options", [])):
            return f"{chr(65 + i)}. {q['options'][i]}"
    text = q.get("answer_text")
    if t == "numeric" and "tolerance" in q:
        # As the printed key says it: half a unit of the figure shown is the figure itself.
        shown = repr(q["value"])
        unit = 10 ** -(len(shown.split(".")[1]) if "." in shown and not shown.endswith(".0") else 0)
        if q["tolerance"] <= unit / 2 + 1e-9:
            return f"{text} (the exact figure)"
        lo, hi = q["value"] - q["tolerance"], q["value"] + q["tolerance"]
        return f"{text} (accepted: {lo:.6g} to {hi:.6g})"
    if text:
        return text
    return json.dumps(q.get("answer"), ensure_ascii=False)


def sheet(name, folder, picked):
    lines = [f"## Set {name}: {len(picked)} questions from `{folder}`", ""]
    for i, q in enumerate(picked, 1):
        lines.append(f"### {name}-{i} ({q['type']}, {q.get('difficulty', '')}; article {q['article']})")
        lines.append("")
        lines.append(q.get("prompt", ""))
        lines.append("")
        lines += options_of(q)
        lines.append("")
        lines.append(f"Key: {key_of(q)}")
        key = str(q.get("answer_text", ""))
        accepted = [a for a in (q.get("accepted") or q.get("accept") or []) if a != key]
        if accepted:
            lines.append(f"Also accepted: {json.dumps(accepted, ensure_ascii=False)}")
        ex = q.get("explanation") or {}
        if isinstance(ex, dict):
            for k in ("sentence", "note"):
                if ex.get(k):
                    lines.append(f"{'Sentence' if k == 'sentence' else 'Note'}: {ex[k]}")
        lines.append("")
    return lines


def marking_note(factdeck, folder):
    """What the program's printed answer key says of typed answers, as a teacher would read it above the key."""
    run = subprocess.run([factdeck, "--no-cache", "quiz", "--content", folder, "--types", "cloze", "--count", "1",
                          "--format", "md"], capture_output=True, text=True)
    for line in run.stdout.splitlines():
        if line.startswith("Fill-ins are marked"):
            return line
    return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--factdeck", required=True)
    ap.add_argument("--set", action="append", required=True, metavar="NAME=DIR:N")
    ap.add_argument("--seeds", default="131..133")
    ap.add_argument("--count", type=int, default=25)
    ap.add_argument("--sample-seed", type=int, default=20311)
    ap.add_argument("-o", "--out", default="-")
    args = ap.parse_args()
    rng = random.Random(args.sample_seed)
    out = ["# Blind reading sheet", "",
           f"Quizzes of {args.count} at easy, medium and hard for seeds {args.seeds}; sample seed {args.sample_seed}.",
           "Judge each question with its key: acceptable as printed, minor flaw, or unacceptable.", ""]
    for spec in args.set:
        name, rest = spec.split("=", 1)
        folder, n = rest.rsplit(":", 1)
        pool = quizzes(args.factdeck, folder, seed_range(args.seeds), args.count)
        lines = sheet(name, folder, stratified(pool, int(n), rng))
        note = marking_note(args.factdeck, folder)
        out += lines[:2] + ([f"The printed answer key says: {note}", ""] if note else []) + lines[2:]
    text = "\n".join(out) + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
