#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset "fuzz": clang, ASan, UBSan) and runs each for SECONDS.
#   tools/fuzz.sh [SECONDS] [json|csv|render|article …]      default: 60 seconds, every target
# json and csv feed the loaders (fuzz_<kind>_loader); render draws every chart and the briefing of what loads
# (fuzz_render); article imports any bytes as an article and checks the draft (fuzz_article).
# Seeds come from fuzz/corpus/<kind>/; what the fuzzer adds goes to build-fuzz/corpus/<kind>/, crashes to
# build-fuzz/artifacts/. Exits non-zero when a target crashes, leaks, times out or runs out of memory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(json csv render article)
build_dir="$here/build-fuzz"

cd "$here"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --parallel "$(nproc)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tools/lsan.supp}
status=0
for kind in "${kinds[@]}"; do
    name="fuzz_${kind}_loader"
    findings="tests/data/fuzz/$kind/"
    dictionary="$here/fuzz/bulletin.dict"
    lsan_options=$LSAN_OPTIONS
    if [ "$kind" = render ]; then
        name=fuzz_render
        findings="tests/data/hostile-valid/"
        cat "$here/tools/lsan.supp" "$here/fuzz/fuzz_render.lsan.supp" >"$build_dir/fuzz_render.lsan.supp"
        lsan_options="$LSAN_OPTIONS:suppressions=$build_dir/fuzz_render.lsan.supp"
    fi
    if [ "$kind" = article ]; then
        name=fuzz_article
        dictionary="$here/fuzz/article.dict"
    fi
    target="$build_dir/fuzz/$name"
    corpus="$build_dir/corpus/$kind"
    artifacts="$build_dir/artifacts/$kind/"
    mkdir -p "$corpus" "$artifacts"
    echo "== $name for ${seconds}s"
    # -max_len covers the built-in bulletin (40 KB); a slow input (-timeout, seconds) counts as a failure too.
    if ! LSAN_OPTIONS="$lsan_options" "$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -dict="$dictionary" -artifact_prefix="$artifacts" -print_final_stats=1 \
        "$corpus" "$here/fuzz/corpus/$kind" 2>"$build_dir/fuzz-$kind.log"; then
        status=1
        tail -n 60 "$build_dir/fuzz-$kind.log" >&2
        echo "$name failed; the input is in $artifacts (add it to $findings)" >&2
    else
        grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$build_dir/fuzz-$kind.log" || true
    fi
done
exit $status
