#!/bin/sh
# Fuzzes Kette's readers of outside data with libFuzzer: the JSON parser, the store loader (the
# input as offers.json of a small valid store) and the indicator CSV import. See Sources/kette-fuzz.
#
# Usage:  Tests/Fuzz/run.sh [SECONDS]        (default 60)
#
# Environment:
#   KETTE_FUZZ_SCRATCH   build and corpus directory (default: .build-fuzz in the repository root)
#   KETTE_FUZZ_SANITIZE  sanitizers for swiftc (default: fuzzer; e.g. fuzzer,address)
#   KETTE_FUZZ_JOBS      parallel fuzzing processes (default: 1)
#   KETTE_FUZZ_MAX_LEN   largest input in bytes (default: 65536)
#
# The seed corpus is made from the demo store's JSON files (kept verbatim in
# Sources/KetteDemo/DemoStore+*.swift) and the samples in Tests/Fuzz/seeds. New inputs the fuzzer
# finds are kept in $KETTE_FUZZ_SCRATCH/corpus for the next run; a crashing input is written to
# $KETTE_FUZZ_SCRATCH/findings/ and the script exits non-zero. Reproduce one with
#   $KETTE_FUZZ_SCRATCH/release/kette-fuzz FILE
# This is not part of `swift test` or CI: the package here builds only with -sanitize=fuzzer.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-60}
scratch=${KETTE_FUZZ_SCRATCH:-$root/.build-fuzz}
sanitize=${KETTE_FUZZ_SANITIZE:-fuzzer}
jobs=${KETTE_FUZZ_JOBS:-1}
max_len=${KETTE_FUZZ_MAX_LEN:-65536}

swift build --package-path "$here" --scratch-path "$scratch" -c release \
    -Xswiftc "-sanitize=$sanitize" --product kette-fuzz

# Seeds: every raw string literal of the demo store (one JSON file each), plus the samples.
seeds="$scratch/seeds"
rm -rf "$seeds"
mkdir -p "$seeds" "$scratch/corpus" "$scratch/findings"
for f in "$root"/Sources/KetteDemo/DemoStore+*.swift; do
    awk -v out="$seeds/$(basename "$f" .swift)" '
        /^"""#/ { inside = 0; next }
        inside { print > (out "-" n ".json") }
        /#"""$/ { inside = 1; n++ }
    ' "$f"
done
cp "$here"/seeds/* "$seeds"/

echo "fuzzing for $seconds s with $(ls "$seeds" | wc -l) seeds; corpus $scratch/corpus"
parallel=""
[ "$jobs" -gt 1 ] && parallel="-jobs=$jobs -workers=$jobs"
# shellcheck disable=SC2086
"$scratch/release/kette-fuzz" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 $parallel \
    -dict="$here/json.dict" -artifact_prefix="$scratch/findings/" -print_final_stats=1 \
    "$scratch/corpus" "$seeds"
