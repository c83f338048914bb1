#!/usr/bin/env python3
"""Derive the embedded occupation list (data/occupations/*.tsv) from ESCO.

Usage:  python3 scripts/occupations.py DIR

DIR holds the English CSV files of the ESCO classification download
(https://esco.ec.europa.eu/en/use-esco/download): occupations_en.csv and
ISCOGroups_en.csv, or the same files named esco-occupations_en.csv and
esco-isco-groups_en.csv. Needs Python 3.11, standard library only. It
rewrites data/occupations/ and says what it read and wrote. Running it twice
gives identical files.

ESCO is published by the European Commission and free to reuse with
attribution (Commission Decision 2011/833/EU): anything built from these
files carries "This product uses the ESCO classification of the European
Commission." (NOTICE, docs/taxonomy.md).

What is derived (see docs/taxonomy.md, "Occupations"):

* occupations.tsv  one line per ESCO occupation, sorted by id:
  id (the last part of its concept URI, after .../esco/occupation/),
  ISCO-08 unit group code (four digits), preferred label, and alternative
  labels separated by "|". Labels are trimmed and their runs of white space
  made one space; an alternative label equal to the preferred label or to
  an earlier one, ignoring case, is dropped. Descriptions, scope notes,
  hidden labels and the rest are not kept: matching needs only the labels.
  Labels from EXTRA_LABELS (ours) are appended to the occupation they name.
  A stray alternative label is dropped (see stray()): ESCO files some
  generic titles under one narrow occupation ("maintenance technician"
  under welder, "policy advisor" under consultant social worker), and a
  matcher would send every such title there.
* isco.tsv         code, name: every ISCO-08 unit group (four digits) that
  some occupation belongs to, sorted by code.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "occupations"
URI_PREFIX = "http://data.europa.eu/esco/occupation/"

# Job titles common in adverts that ESCO lacks, added to the ESCO occupation
# that does the work (keyed by its preferred label). Kept short, and only for
# titles whose occupation is not in doubt.
EXTRA_LABELS = {
    "software developer": [
        "backend developer", "back end developer", "backend engineer", "back end engineer",
        "frontend developer", "front end developer", "frontend engineer", "front end engineer",
        "full stack developer", "fullstack developer", "full stack engineer",
        "fullstack engineer", "software development engineer", "mobile developer",
    ],
    "ICT system administrator": [
        "devops engineer", "site reliability engineer", "platform engineer",
        "cloud engineer", "infrastructure engineer", "cloud infrastructure engineer",
    ],
    "data scientist": ["machine learning engineer", "ml engineer", "ai engineer"],
    "software tester": [
        "software test engineer", "test automation engineer", "automation test engineer",
        "QA engineer", "software QA engineer", "QA automation engineer",
    ],
    "nurse responsible for general care": [
        "staff nurse", "registered nurse", "registered general nurse", "RGN",
        "registered adult nurse", "registered mental health nurse", "RMN",
    ],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dir", type=Path, help="folder with the ESCO CSV files (English)")
    args = ap.parse_args()
    occupations = read_csv(args.dir, ["occupations_en.csv", "esco-occupations_en.csv"])
    groups = read_csv(args.dir, ["ISCOGroups_en.csv", "esco-isco-groups_en.csv"])
    build(occupations, groups)


def read_csv(folder: Path, names: list[str]) -> list[dict[str, str]]:
    for name in names:
        path = folder / name
        if path.exists():
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.DictReader(f))
            print(f"read {name}: {len(rows):,} rows", file=sys.stderr)
            return rows
    sys.exit(f"none of {', '.join(names)} in {folder}")


def tidy(label: str) -> str:
    """One line, single spaces, no zero-width or no-break spaces."""
    label = label.replace("\u200b", "").replace("\xa0", " ")
    label = " ".join(label.split())
    assert "\t" not in label and "|" not in label, label
    return label


def build(occupations: list[dict[str, str]], groups: list[dict[str, str]]) -> None:
    by_label = {tidy(r["preferredLabel"]): r for r in occupations}
    for name, extra in EXTRA_LABELS.items():
        assert name in by_label, f"EXTRA_LABELS names {name!r}, which ESCO lacks"

    suffixes = label_suffixes(occupations)
    lines = []
    isco_used = set()
    labels = 0
    dropped = 0
    for r in occupations:
        uri = r["conceptUri"]
        assert uri.startswith(URI_PREFIX), uri
        isco = r["iscoGroup"].strip()
        assert len(isco) == 4 and isco.isdigit(), (uri, isco)
        isco_used.add(isco)
        name = tidy(r["preferredLabel"])
        seen = {name.lower()}
        alts = []
        for alt in r["altLabels"].split("\n") + EXTRA_LABELS.get(name, []):
            alt = tidy(alt)
            if alt and alt not in EXTRA_LABELS.get(name, []) and stray(alt, name, isco, suffixes):
                dropped += 1
                continue
            if alt and alt.lower() not in seen:
                seen.add(alt.lower())
                alts.append(alt)
        labels += 1 + len(alts)
        lines.append(f"{uri[len(URI_PREFIX):]}\t{isco}\t{name}\t{'|'.join(alts)}")
    lines.sort()

    names = {g["code"].strip(): tidy(g["preferredLabel"]) for g in groups}
    missing = sorted(isco_used - names.keys())
    assert not missing, f"ISCO groups without a name: {missing}"
    isco_lines = [f"{code}\t{names[code]}" for code in sorted(isco_used)]

    OUT.mkdir(parents=True, exist_ok=True)
    write_lines("occupations.tsv", lines)
    write_lines("isco.tsv", isco_lines)
    print(f"{len(lines):,} occupations, {labels:,} labels, {len(isco_lines)} ISCO unit groups; "
          f"{dropped} stray alternative labels dropped", file=sys.stderr)
    for p in sorted(OUT.iterdir()):
        print(f"{p.name}: {p.stat().st_size:,} bytes", file=sys.stderr)


def words(label: str) -> tuple[str, ...]:
    """Lower-case words of letters and digits."""
    return tuple("".join(c if c.isalnum() else " " for c in label.lower()).split())


def label_suffixes(occupations: list[dict[str, str]]) -> dict[tuple[str, ...], set[tuple[str, str]]]:
    """Every ending of two words or more of every label -> the occupations
    (preferred label, ISCO group) with a label ending so."""
    out: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for r in occupations:
        me = (tidy(r["preferredLabel"]), r["iscoGroup"].strip())
        for label in [r["preferredLabel"]] + r["altLabels"].split("\n"):
            w = words(label)
            for k in range(len(w) - 1):
                out.setdefault(w[k:], set()).add(me)
    return out


def stray(alt: str, name: str, isco: str, suffixes) -> bool:
    """An alternative label of two words or more whose words before the last
    share none with its occupation's preferred label ("team leader" under
    zoo section leader), while labels of other occupations end in
    it and fewer than half of those are in its occupation's ISCO group: a
    generic title filed under one narrow occupation."""
    w = words(alt)
    if len(w) < 2 or set(w[:-1]) & set(words(name)):
        return False
    others = [g for n, g in suffixes.get(w, set()) if n != name]
    return bool(others) and 2 * others.count(isco) < len(others)


def write_lines(name: str, lines: list[str]) -> None:
    for line in lines:
        assert "\n" not in line and "\r" not in line, line
    (OUT / name).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
