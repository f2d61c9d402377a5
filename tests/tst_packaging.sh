#!/usr/bin/env bash
# Packaging test, run by ctest from a configured and built tree:
#   tst_packaging.sh SOURCE_DIR BUILD_DIR VERSION PROGRAM
# Validates the desktop file and the AppStream metainfo, checks their ids agree, builds the .deb
# and the .tar.gz with cpack into a temporary folder and checks what they hold. A missing tool is
# a failure, not a skip: tools/bootstrap.sh installs them all.
set -uo pipefail

source_dir=${1:?source dir}
build_dir=${2:?build dir}
version=${3:?version}
program=${4:?built program}
id=io.github.bulletin_dashboard.BulletinDashboard
sizes=(16 32 48 64 128 256)

passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND… — passes when COMMAND exits 0
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

work=$(mktemp -d "${TMPDIR:-/tmp}/tst_packaging.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Tools ---------------------------------------------------------------------------------
for tool in desktop-file-validate appstreamcli cpack dpkg-deb dpkg-shlibdeps tar; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        fail "tool $tool is installed (tools/bootstrap.sh installs it)"
    fi
done
[ "$failed" -eq 0 ] || finish

desktop="$source_dir/packaging/$id.desktop"
metainfo="$source_dir/packaging/$id.metainfo.xml"
icons="$source_dir/packaging/icons/hicolor"

# --- Validators ----------------------------------------------------------------------------
out=$(desktop-file-validate "$desktop" 2>&1)
rc=$?
[ -n "$out" ] && echo "$out"
check "desktop-file-validate $id.desktop: no errors" test "$rc" -eq 0
check "desktop-file-validate $id.desktop: no warnings or hints" test -z "$out"

# --strict: warnings and info notes fail too. Pedantic notes pass (the id has upper-case letters,
# as reverse-DNS ids usually do).
out=$(appstreamcli validate --no-net --strict --pedantic --no-color "$metainfo" 2>&1)
rc=$?
echo "$out"
check "appstreamcli validate --no-net --strict $id.metainfo.xml" test "$rc" -eq 0

# --- The ids agree -------------------------------------------------------------------------
field() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
check "desktop Icon= is the id" test "$(field Icon)" = "$id"
check "desktop Exec= runs bulletin-dashboard with a file" test "$(field Exec)" = "bulletin-dashboard %f"
check "desktop has a Chinese name" test -n "$(field 'Name\[zh_CN\]')"
check "metainfo <id> is the id" grep -q "<id>$id</id>" "$metainfo"
check "metainfo launchable is the desktop file" \
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo"
check "metainfo has a release $version" grep -q "<release version=\"$version\"" "$metainfo"
check "metainfo names a screenshot in docs/screenshots that exists" bash -c '
    for name in $(grep -o "docs/screenshots/[^<]*\.png" "$1"); do
        [ -f "$2/$name" ] || { echo "missing $name"; exit 1; }
    done
    grep -q "docs/screenshots/.*\.png" "$1"' _ "$metainfo" "$source_dir"

png_size() { # prints WIDTHxHEIGHT from a PNG's IHDR chunk
    local w h
    w=$(od -An -tu1 -j16 -N4 "$1" | awk '{ print ($1 * 16777216) + ($2 * 65536) + ($3 * 256) + $4 }')
    h=$(od -An -tu1 -j20 -N4 "$1" | awk '{ print ($1 * 16777216) + ($2 * 65536) + ($3 * 256) + $4 }')
    echo "${w}x${h}"
}
check "scalable SVG icon exists" test -s "$icons/scalable/apps/$id.svg"
for size in "${sizes[@]}"; do
    png="$icons/${size}x${size}/apps/$id.png"
    if [ -s "$png" ]; then
        check "PNG icon ${size}x${size} has that size" test "$(png_size "$png")" = "${size}x${size}"
    else
        fail "PNG icon ${size}x${size} exists"
    fi
done

# --- The packages --------------------------------------------------------------------------
config="$build_dir/CPackConfig.cmake"
if [ ! -f "$config" ] || [ ! -x "$program" ]; then
    fail "the build tree $build_dir is configured and built"
    finish
fi

arch=$(dpkg --print-architecture)
deb="$work/bulletin-dashboard_${version}_${arch}.deb"
if cpack -G DEB -B "$work" --config "$config" >"$work/cpack-deb.log" 2>&1 && [ -f "$deb" ]; then
    pass "cpack -G DEB builds $(basename "$deb")"
else
    cat "$work/cpack-deb.log"
    fail "cpack -G DEB builds $(basename "$deb")"
    finish
fi

contents=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
holds() { grep -qx "$1" <<<"$contents"; }
for path in \
    ./usr/bin/bulletin-dashboard \
    "./usr/share/applications/$id.desktop" \
    "./usr/share/metainfo/$id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$id.svg" \
    ./usr/share/doc/bulletin-dashboard/copyright; do
    check ".deb holds $path" holds "$path"
done
for size in "${sizes[@]}"; do
    check ".deb holds the ${size}x${size} icon" holds "./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
check ".deb holds nothing outside /usr" bash -c '! grep -v "^\./usr/" <<<"$1" | grep -vqx "\./"' _ "$contents"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in fonts-wqy-microhei libqt6charts6 libqt6widgets6 libqt6gui6 libqt6core6 libqt6svg6; do
    check "Depends names $package" grep -Eq "(^|, )$package( |,|$)" <<<"$depends"
done
check ".deb Package is bulletin-dashboard" test "$(dpkg-deb -f "$deb" Package)" = bulletin-dashboard
check ".deb Version is $version" test "$(dpkg-deb -f "$deb" Version)" = "$version"
check ".deb has a Homepage" test -n "$(dpkg-deb -f "$deb" Homepage)"

# The packaged (stripped) program runs, and the packaged files validate in place.
root="$work/root"
dpkg-deb -x "$deb" "$root"
check "the packaged program prints its version" bash -c \
    '[ "$(QT_QPA_PLATFORM=offscreen "$1/usr/bin/bulletin-dashboard" --version 2>/dev/null)" = "bulletin-dashboard $2" ]' \
    _ "$root" "$version"
check "desktop-file-validate on the packaged desktop file" \
    desktop-file-validate "$root/usr/share/applications/$id.desktop"
out=$(appstreamcli validate-tree --no-net --strict --pedantic --no-color "$root" 2>&1)
rc=$?
echo "$out"
check "appstreamcli validate-tree --no-net on the unpacked .deb" test "$rc" -eq 0

tgz="$work/bulletin-dashboard-${version}-Linux.tar.gz"
if cpack -G TGZ -B "$work" --config "$config" >"$work/cpack-tgz.log" 2>&1 && [ -f "$tgz" ]; then
    pass "cpack -G TGZ builds $(basename "$tgz")"
    listing=$(tar -tzf "$tgz")
    top="bulletin-dashboard-${version}-Linux"
    for path in bin/bulletin-dashboard "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml" \
        "share/icons/hicolor/scalable/apps/$id.svg" "share/icons/hicolor/256x256/apps/$id.png"; do
        check ".tar.gz holds $path" grep -qx "$top/$path" <<<"$listing"
    done
else
    cat "$work/cpack-tgz.log"
    fail "cpack -G TGZ builds $(basename "$tgz")"
fi

finish
