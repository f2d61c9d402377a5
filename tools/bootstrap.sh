#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds bulletin-dashboard, then runs it or its tests.
#   tools/bootstrap.sh run [ARGS…]   start the dashboard (ARGS go to the program)
#   tools/bootstrap.sh test          run the whole test suite headless
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-"$here/build"}
mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libqt6svg6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev libxkbcommon-dev
    qt6-qpa-plugins libqt6svg6
    fonts-wqy-microhei fonts-noto-cjk fonts-arphic-uming fonts-dejavu-core
    poppler-utils xvfb xauth x11-utils imagemagick python3 python3-jsonschema
    dpkg-dev desktop-file-utils appstream
    clang libclang-rt-14-dev llvm
    libquazip1-qt6-dev libopencc-dev opencc
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build_dir/app/bulletin-dashboard" "$@"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    cd "$build_dir"
    exec ctest --output-on-failure --timeout 600 "$@"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
