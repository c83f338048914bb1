#!/usr/bin/env bash
# The benchmark in docs/performance.md, in one command:
#
#   scripts/bench.sh [--count N] [--runs R]
#
# 1. Generates N (default 10,000) adverts from samples/ (Markdown, text and HTML,
#    2-30 KB each, varied with a fixed seed, so every run reads the same bytes)
#    into target/bench-corpus.
# 2. Times `vacancy export --format jsonl` (and `vacancy check`, when the binary
#    has it) over them on one thread (-j 1) and on every core: adverts/s, MB/s and
#    peak memory (/usr/bin/time's maximum resident set size). Each figure is the
#    best of R runs (default 3).
# 3. Peak memory over a tenth of the adverts and over all of them: memory should
#    not grow with the number of files.
# 4. The same over five copies of the real corpus in ../shared/corpus, copied to a
#    temporary directory at run time, when it is there.
# 5. typos (`pip install typos`), a spelling linter CI pipelines run over every
#    file, over the same files, as a reference, when it is installed.
# 6. The ratios to typos (targets: export 3x, check 2x) and the scaling on every
#    core (target 1.8x), from the runs above.
# 7. Start-up: `vacancy show` and `vacancy check` on a tiny advert, with
#    hyperfine when installed, else the median of 50 runs; and `vacancy
#    --version` for the bare process.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

count=10000
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --count) count=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ ! -x /usr/bin/time ]; then
    echo "bench.sh: /usr/bin/time is needed for peak memory (apt-get install time)" >&2
    exit 2
fi

cores=$(nproc)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

echo "== building (release)"
cargo build --release --quiet --bin vacancy --example bench_export
bin=$root/target/release/vacancy
generated=$root/target/bench-corpus

echo "== generating $count adverts in target/bench-corpus"
"$root/target/release/examples/bench_export" --generate-only --count "$count" --dir "$generated"

has_check=no
if "$bin" check --help > /dev/null 2>&1; then
    has_check=yes
fi

# Total size in bytes and number of files under a directory.
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
files_of() { find "$1" -type f | wc -l; }

# measure LABEL FILES BYTES CMD...: runs CMD $runs times (output to /dev/null),
# keeps the fastest, and prints a row. Exit codes 0-2 are the tool's answers
# (findings, unreadable files in a real corpus); anything else is a failure.
measure() {
    local label=$1 files=$2 bytes=$3
    shift 3
    local best="" best_rss=0
    for _ in $(seq "$runs"); do
        local start end status
        start=$(date +%s%N)
        set +e
        /usr/bin/time -f '%M' -o "$scratch/rss" "$@" > /dev/null 2> "$scratch/stderr"
        status=$?
        set -e
        end=$(date +%s%N)
        if [ "$status" -gt 2 ]; then
            echo "bench.sh: '$*' failed with exit code $status:" >&2
            tail -n 5 "$scratch/stderr" >&2
            exit 1
        fi
        local ns=$((end - start)) rss
        rss=$(tail -n 1 "$scratch/rss")
        if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then
            best=$ns
        fi
        if [ "$rss" -gt "$best_rss" ]; then
            best_rss=$rss
        fi
    done
    awk -v label="$label" -v ns="$best" -v files="$files" -v bytes="$bytes" -v rss="$best_rss" 'BEGIN {
        s = ns / 1e9
        printf "%-34s %8.2f %10.0f %8.1f %9.1f\n", label, s, files / s, bytes / 1048576 / s, rss / 1024
    }'
    # Kept for the ratios printed after each suite.
    speed[$label]=$(awk -v ns="$best" -v bytes="$bytes" 'BEGIN { printf "%.6f", bytes / (ns / 1e9) }')
}

declare -A speed

# ratio LABEL A B TARGET: A's MB/s over B's, against a target.
ratio() {
    local a=${speed[$2]:-} b=${speed[$3]:-}
    if [ -n "$a" ] && [ -n "$b" ]; then
        awk -v label="$1" -v a="$a" -v b="$b" -v target="$4" 'BEGIN {
            r = a / b
            printf "%-50s %5.2fx  (target %sx: %s)\n", label, r, target, (r >= target ? "met" : "not met")
        }'
    fi
}

header() {
    printf '%-34s %8s %10s %8s %9s\n' "$1" "seconds" "adverts/s" "MB/s" "peak MB"
}

# The runs over one directory: vacancy's export (and check), then typos.
suite() {
    local dir=$1 files bytes
    files=$(files_of "$dir")
    bytes=$(bytes_of "$dir")
    awk -v f="$files" -v b="$bytes" 'BEGIN { printf "%d files, %.1f MB\n", f, b / 1048576 }'
    header "command (best of $runs)"
    measure "export --format jsonl -j 1" "$files" "$bytes" \
        "$bin" -j 1 export --format jsonl "$dir"
    measure "export --format jsonl -j $cores" "$files" "$bytes" \
        "$bin" -j "$cores" export --format jsonl "$dir"
    if [ "$has_check" = yes ]; then
        # Every rule at its default severity (no vacancy.toml), findings as JSON.
        measure "check -j 1" "$files" "$bytes" \
            "$bin" -j 1 check --no-config --today 2025-01-01 --format json "$dir"
        measure "check -j $cores" "$files" "$bytes" \
            "$bin" -j "$cores" check --no-config --today 2025-01-01 --format json "$dir"
    else
        echo "check: skipped (this build of vacancy has no check subcommand)"
    fi
    if command -v typos > /dev/null 2>&1; then
        measure "typos --threads 1" "$files" "$bytes" typos --threads 1 "$dir"
        measure "typos --threads $cores" "$files" "$bytes" typos --threads "$cores" "$dir"
    else
        echo "typos: skipped (not installed; pip install typos)"
    fi
    echo "ratios, measured in this run:"
    ratio "export -j $cores against typos --threads $cores" "export --format jsonl -j $cores" "typos --threads $cores" 3
    ratio "check -j $cores against typos --threads $cores" "check -j $cores" "typos --threads $cores" 2
    ratio "export on $cores threads against 1 (scaling)" "export --format jsonl -j $cores" "export --format jsonl -j 1" 1.8
    ratio "check on $cores threads against 1 (scaling)" "check -j $cores" "check -j 1" 1.8
}

echo
echo "== generated adverts ($(uname -m), $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
suite "$generated"

echo
echo "== memory against the number of adverts ($cores threads)"
tenth=$scratch/tenth
mkdir -p "$tenth"
# (No `head` here: it would end the pipe early, and pipefail would stop the script.)
mapfile -t all < <(find "$generated" -type f | sort)
cp "${all[@]:0:$((count / 10))}" "$tenth/"
header "command and adverts"
measure "export, $((count / 10)) adverts" "$((count / 10))" "$(bytes_of "$tenth")" \
    "$bin" -j "$cores" export --format jsonl "$tenth"
measure "export, $count adverts" "$count" "$(bytes_of "$generated")" \
    "$bin" -j "$cores" export --format jsonl "$generated"
if [ "$has_check" = yes ]; then
    measure "check, $((count / 10)) adverts" "$((count / 10))" "$(bytes_of "$tenth")" \
        "$bin" -j "$cores" check --no-config --today 2025-01-01 --format json "$tenth"
    measure "check, $count adverts" "$count" "$(bytes_of "$generated")" \
        "$bin" -j "$cores" check --no-config --today 2025-01-01 --format json "$generated"
fi

echo
corpus=$root/../shared/corpus
if [ -d "$corpus" ]; then
    echo "== five copies of the real corpus (../shared/corpus, copied to a temporary directory)"
    for i in 1 2 3 4 5; do
        mkdir -p "$scratch/corpus/copy-$i"
        cp -r "$corpus/." "$scratch/corpus/copy-$i/"
    done
    suite "$scratch/corpus"
else
    echo "== real corpus: skipped (../shared/corpus is not beside this checkout)"
fi

echo
echo "== start-up"
tiny=$scratch/tiny.md
printf '# Staff Nurse\n\nSalary: £30,000 a year\n' > "$tiny"
if command -v hyperfine > /dev/null 2>&1; then
    hyperfine --warmup 5 --runs 50 --style basic \
        "$bin show $tiny" "$bin check --no-config $tiny" "$bin --version"
else
    # The median of 50 runs, each timed on its own, after 3 not counted.
    for what in "show $tiny" "check --no-config $tiny" "--version"; do
        for _ in 1 2 3; do
            # shellcheck disable=SC2086
            "$bin" $what > /dev/null || true
        done
        for _ in $(seq 50); do
            start=$(date +%s%N)
            # shellcheck disable=SC2086
            "$bin" $what > /dev/null || true
            end=$(date +%s%N)
            echo $((end - start))
        done > "$scratch/times"
        label="vacancy ${what/$tiny/tiny.md}"
        sort -n "$scratch/times" | awk -v label="$label" '{ t[NR] = $1 } END {
            m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%-34s %6.1f ms (median of %d runs; fastest %.1f, slowest %.1f)\n", label, m / 1e6, NR, t[1] / 1e6, t[NR] / 1e6
        }'
    done
fi
