#!/usr/bin/env bash
# Runs the fuzz targets in fuzz/ one after another, each for SECONDS (default 600),
# seeded with the adverts in samples/. Needs cargo-fuzz and a nightly toolchain:
#   cargo install cargo-fuzz && rustup toolchain install nightly
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: see `cargo fuzz list` in fuzz/)
# A crash is saved under fuzz/artifacts/TARGET/ and stops that target; the script
# then goes on to the next one and exits 1 at the end.
set -uo pipefail
cd "$(dirname "$0")/../fuzz"

seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cargo +nightly fuzz list)
fi

# The code is safe Rust, so the address sanitizer finds little and runs about
# three times slower; FUZZ_SANITIZER=address turns it back on.
sanitizer=${FUZZ_SANITIZER:-none}

failed=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target"
    echo "== $target for ${seconds}s"
    # -timeout: an input that takes over 10 s is reported as a hang.
    if ! cargo +nightly fuzz run --sanitizer "$sanitizer" "$target" "corpus/$target" ../samples -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1; then
        echo "== $target: found a problem, see fuzz/artifacts/$target/"
        failed=1
    fi
done
exit $failed
