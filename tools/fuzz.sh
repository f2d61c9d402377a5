#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang, ASan, UBSan) and runs each for SECONDS.
#   tools/fuzz.sh [SECONDS] [json|csv …]      default: 60 seconds, both targets
# Seeds come from fuzz/corpus/<kind>/; what the fuzzer adds goes to build-fuzz/corpus/<kind>/, crashes to
# build-fuzz/artifacts/. Exits non-zero when a target crashes, leaks, times out or runs out of memory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(json csv)
build_dir="$here/build-fuzz"

cd "$here"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tools/lsan.supp}
status=0
for kind in "${kinds[@]}"; do
    target="$build_dir/fuzz/fuzz_${kind}_loader"
    corpus="$build_dir/corpus/$kind"
    artifacts="$build_dir/artifacts/$kind/"
    mkdir -p "$corpus" "$artifacts"
    echo "== fuzz_${kind}_loader for ${seconds}s"
    # -max_len covers the built-in bulletin (40 KB); a slow input (-timeout, seconds) counts as a failure too.
    if ! "$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -dict="$here/fuzz/bulletin.dict" -artifact_prefix="$artifacts" -print_final_stats=1 \
        "$corpus" "$here/fuzz/corpus/$kind" 2>"$build_dir/fuzz-$kind.log"; then
        status=1
        tail -n 60 "$build_dir/fuzz-$kind.log" >&2
        echo "fuzz_${kind}_loader failed; the input is in $artifacts (add it to tests/data/fuzz/$kind/)" >&2
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$build_dir/fuzz-$kind.log" || true
    fi
done
exit $status
