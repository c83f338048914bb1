#!/usr/bin/env python3
"""Measure how often each `check` rule is right, on real adverts.

Two steps:

  scripts/precision.py sample [--corpus DIR] [--per-rule N] [--out FILE] [--fill]
      Runs `vacancy check --format json --fail-on error` over the corpus,
      draws up to N findings per rule (25 by default) with a fixed seed, and
      writes them, each with the advert lines around it, to FILE (JSON Lines,
      default target/precision-sample.jsonl) for a person to judge. The
      sample holds the adverts' text, so it stays out of the repository.
      With --fill, only what each rule lacks of N judged findings that the
      rules still give is drawn, from findings not judged yet.

  scripts/precision.py report [--verdicts DIR] [--markdown]
      Reads the verdicts in DIR (default precision/verdicts), one TSV file or
      more with the columns `file line column rule verdict reason`, where
      verdict is `right` (a recruiter would change the advert) or `wrong`
      (a false alarm), and prints each rule's precision; --markdown prints
      the table for docs/rules.md; --write FILE keeps the counts in FILE
      (precision/measured.tsv, which `vacancy check --list-rules --format
      markdown` reads into docs/rules.md).

A verdict names a finding by its file (relative to the corpus), line,
column and rule, and gives the reason in our own words: no advert text is
kept in the repository. Findings the rules no longer give are left out of
the report (and counted), so a fix that removes a false alarm raises the
rule's measured precision without judging anything twice; a new finding is
judged when it is sampled next.

The sample is drawn by `random.Random(SEED)` over the findings sorted by
file, line, column and rule, so the same build on the same corpus draws the
same sample.
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
from pathlib import Path

SEED = 16
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_VERDICTS = ROOT / "precision" / "verdicts"
CONTEXT = 3


def binary() -> Path:
    exe = ROOT / "target" / "release" / "vacancy"
    if not exe.exists():
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return exe


# Sources whose adverts carry no date of their own are checked as of the
# time they were published, as a CI run would have checked them then: the
# NHS Jobs adverts were collected in 2020, so "today" for them is mid-2020
# (for the National Living Wage in salary-implausible and for
# closing-date-passed). Every other source is checked as of today, its
# adverts' own dates deciding where they give them.
AS_OF = {
    "nhs_jobs_2020_html": "2020-06-30",
    "nhs_jobs_2020_jsonld": "2020-06-30",
}


def every_rule_on() -> Path:
    """A vacancy.toml that turns every rule on, those off by default too:
    precision is measured for each rule, whatever its default."""
    listed = subprocess.run(
        [str(binary()), "check", "--list-rules", "--format", "json", "--no-config"],
        capture_output=True,
        text=True,
        check=True,
    )
    rules = json.loads(listed.stdout)
    rules = rules["rules"] if isinstance(rules, dict) else rules
    path = ROOT / "target" / "precision-every-rule.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[rules]\n" + "".join(f'{r["id"]} = "info"\n' for r in rules))
    return path


def findings(corpus: Path) -> list[dict]:
    sources = sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith("_"))
    config = every_rule_on()
    out = []
    for source in sources:
        today = ["--today", AS_OF[source.name]] if source.name in AS_OF else []
        run = subprocess.run(
            [str(binary()), "check", "--format", "json", "--fail-on", "error", "--config", str(config), *today, str(source)],
            capture_output=True,
            text=True,
        )
        if run.returncode not in (0, 1, 2):
            sys.exit(f"precision: vacancy check failed: {run.stderr.strip()}")
        out.extend(json.loads(run.stdout))
    for f in out:
        f["file"] = os.path.relpath(f["file"], corpus)
    out.sort(key=lambda f: (f["file"], f["line"], f["column"], f["rule"]))
    return out


def sample(args) -> None:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"precision: no corpus at {corpus}; nothing to sample", file=sys.stderr)
        return
    by_rule = collections.defaultdict(list)
    for f in findings(corpus):
        by_rule[f["rule"]].append(f)
    # With --fill, findings already judged are kept and only the shortfall
    # of each rule is drawn, from the findings not judged yet.
    judged = verdicts(Path(args.verdicts)) if args.fill else {}
    rng = random.Random(SEED)
    drawn = []
    for rule in sorted(by_rule):
        found = by_rule[rule]
        key = lambda f: (f["file"], f["line"], f["column"], f["rule"])
        have = sum(1 for f in found if key(f) in judged)
        found = [f for f in found if key(f) not in judged]
        want = max(0, args.per_rule - have)
        chosen = found if len(found) <= want else rng.sample(found, want)
        chosen.sort(key=lambda f: (f["file"], f["line"], f["column"]))
        for f in chosen:
            lines = (corpus / f["file"]).read_text(errors="replace").splitlines()
            lo = max(0, f["line"] - 1 - CONTEXT)
            hi = min(len(lines), f["line"] + CONTEXT)
            f["context"] = [f"{i + 1}: {lines[i][:400]}" for i in range(lo, hi)]
            drawn.append(f)
        print(f"{rule}: {len(chosen)} of {len(found)}", file=sys.stderr)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w") as w:
        for f in drawn:
            w.write(json.dumps(f, ensure_ascii=False) + "\n")
    print(f"wrote {len(drawn)} findings to {out}", file=sys.stderr)


def verdicts(folder: Path) -> dict:
    got = {}
    for path in sorted(folder.glob("*.tsv")):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if not line.strip() or line.startswith("#") or line.startswith("file\t"):
                continue
            cols = line.split("\t")
            if len(cols) < 5 or cols[4] not in ("right", "wrong"):
                sys.exit(f"precision: {path.name}:{n}: expected file, line, column, rule, right|wrong, reason")
            got[(cols[0], int(cols[1]), int(cols[2]), cols[3])] = cols[4]
    return got


def report(args) -> None:
    judged = verdicts(Path(args.verdicts))
    if not judged:
        sys.exit(f"precision: no verdicts in {args.verdicts}")
    corpus = Path(args.corpus)
    current = None
    if corpus.is_dir():
        current = {(f["file"], f["line"], f["column"], f["rule"]) for f in findings(corpus)}
    tally = collections.defaultdict(lambda: [0, 0])
    gone = 0
    for key, verdict in judged.items():
        if current is not None and key not in current:
            gone += 1
            continue
        tally[key[3]][0 if verdict == "right" else 1] += 1
    rows = []
    for rule in sorted(tally):
        right, wrong = tally[rule]
        rows.append((rule, right, wrong, right / (right + wrong)))
    if args.write:
        with open(args.write, "w") as w:
            w.write("# rule\tjudged\tright (written by scripts/precision.py report --write)\n")
            for rule, right, wrong, p in rows:
                w.write(f"{rule}\t{right + wrong}\t{right}\n")
    if args.markdown:
        print("| Rule | Judged | Right | Precision |")
        print("| --- | ---: | ---: | ---: |")
        for rule, right, wrong, p in rows:
            print(f"| `{rule}` | {right + wrong} | {right} | {p:.0%} |")
    else:
        for rule, right, wrong, p in rows:
            print(f"{rule:28} {right:4} right {wrong:4} wrong  {p:6.1%}")
    if current is None:
        print("(no corpus: every verdict counted, whether or not the rules still give it)", file=sys.stderr)
    elif gone:
        print(f"({gone} judged findings are no longer given and are left out)", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample", help="draw findings per rule for judging")
    s.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    s.add_argument("--per-rule", type=int, default=25)
    s.add_argument("--out", default=str(ROOT / "target" / "precision-sample.jsonl"))
    s.add_argument("--fill", action="store_true", help="draw only what each rule lacks of --per-rule judged findings")
    s.add_argument("--verdicts", default=str(DEFAULT_VERDICTS))
    r = sub.add_parser("report", help="print each rule's precision from the verdicts")
    r.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    r.add_argument("--verdicts", default=str(DEFAULT_VERDICTS))
    r.add_argument("--markdown", action="store_true")
    r.add_argument("--write", help="also write each rule's counts to this TSV (precision/measured.tsv, read into docs/rules.md)")
    args = parser.parse_args()
    {"sample": sample, "report": report}[args.command](args)


if __name__ == "__main__":
    main()
