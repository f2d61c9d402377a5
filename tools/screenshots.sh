#!/usr/bin/env bash
# Runs the dashboard under Xvfb and captures every tab at 1366x768.
#   tools/screenshots.sh [OUT_DIR] [BULLETIN_FILE]
# SCREENSHOT_LANG=zh or en chooses the interface language (default: the system's).
# Needs xvfb and imagemagick (tools/bootstrap.sh installs both) and a build in ./build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-"$here/screenshots-out"}
input=${2:-}
binary=${BULLETIN_BINARY:-"$here/build/app/bulletin-dashboard"}
size=1366x768
mkdir -p "$out"

config=$(mktemp -d)
trap 'rm -rf "$config"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
export XDG_CONFIG_HOME="$config"

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 ${size}x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
unset QT_QPA_PLATFORM
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

args=()
[ -n "$input" ] && args+=("$input")
[ -n "${SCREENSHOT_LANG:-}" ] && args+=(--lang "$SCREENSHOT_LANG")
mapfile -t tabs < <(QT_QPA_PLATFORM=offscreen "$binary" "${args[@]}" --list-sections | cut -f1)

n=0
for tab in "${tabs[@]}"; do
    file=$(printf '%s/%02d-%s.png' "$out" "$n" "$tab")
    "$binary" "${args[@]}" --tab "$tab" -geometry ${size}+0+0 >/dev/null 2>&1 &
    pid=$!
    sleep "${SCREENSHOT_DELAY:-2.5}"
    import -window root "$file"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$file"
    n=$((n + 1))
done
