#!/usr/bin/env bash
# Does this working tree give the same output as an earlier commit?
#
#   scripts/same-output.sh [REV]        (REV defaults to HEAD)
#
# For work meant to leave the output alone (speed, refactoring): builds REV in
# a temporary worktree (its own target directory under target/same-output),
# builds the working tree, runs both over the real corpus in ../shared/corpus
# (when it is there), samples/ and tests/fixtures/, and compares byte for byte:
#   - vacancy export --format jsonl
#   - vacancy check --no-config --format json --today 2026-06-01
# Prints "same" for each, or the inputs whose records differ, and exits 1 when
# anything differs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rev=${1:-HEAD}
case "$rev" in -h|--help) sed -n '2,13p' "$0"; exit 0 ;; esac
commit=$(git rev-parse --verify --quiet "$rev^{commit}") || {
    echo "same-output.sh: $rev is not a commit" >&2
    exit 2
}

base=$root/target/same-output/tree
mkdir -p "$root/target/same-output"
if [ -d "$base" ]; then
    git -C "$base" checkout --quiet --detach "$commit"
else
    git worktree add --quiet --detach "$base" "$commit"
fi
echo "== building $rev ($(git log -1 --format=%h "$commit"))"
(cd "$base" && CARGO_TARGET_DIR=$root/target/same-output/target cargo build --release --quiet --bin vacancy)
echo "== building the working tree"
cargo build --release --quiet --bin vacancy
old=$root/target/same-output/target/release/vacancy
new=$root/target/release/vacancy

# Adverts only: the fixtures' .json files and the corpus's _meta are labels.
mapfile -t files < <(find samples tests/fixtures/adverts tests/fixtures/check -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | sort)
if [ -d ../shared/corpus ]; then
    mapfile -t corpus < <(find ../shared/corpus -type f -not -path '*/_meta/*' \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' -o -name '*.json' \) | sort)
    files=("${corpus[@]}" "${files[@]}")
else
    echo "(../shared/corpus is not there: comparing samples and fixtures only)"
fi
echo "== ${#files[@]} adverts"

out=$root/target/same-output
differs=0
compare() {
    local name=$1; shift
    "$old" "$@" "${files[@]}" > "$out/$name.old" 2> /dev/null || true
    "$new" "$@" "${files[@]}" > "$out/$name.new" 2> /dev/null || true
    if cmp -s "$out/$name.old" "$out/$name.new"; then
        echo "$name: same ($(wc -c < "$out/$name.new") bytes)"
    else
        differs=1
        echo "$name: DIFFERENT; first differing lines:"
        diff "$out/$name.old" "$out/$name.new" | head -20 | cut -c1-200
    fi
}
compare export.jsonl export --format jsonl
compare check.json check --no-config --format json --today 2026-06-01
exit $differs
