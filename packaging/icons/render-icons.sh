#!/usr/bin/env bash
# Renders the PNG icons from the SVG. Run by hand after editing the SVG, then commit the PNGs:
# the build installs the committed files and needs no converter.
# Also writes the Windows icon (windows/bulletin-dashboard.ico: PNG entries 16–256 px).
# Needs rsvg-convert (Debian package librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
id=io.github.bulletin_dashboard.BulletinDashboard
for size in 16 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "hicolor/scalable/apps/$id.svg" \
        --output "hicolor/${size}x${size}/apps/$id.png"
done

python3 - "$id" <<'PY'
import struct, sys
ident = sys.argv[1]
sizes = [16, 32, 48, 64, 128, 256]
images = [open(f"hicolor/{n}x{n}/apps/{ident}.png", "rb").read() for n in sizes]
offset = 6 + 16 * len(images)
out = struct.pack("<HHH", 0, 1, len(images))
for n, data in zip(sizes, images):
    side = 0 if n == 256 else n  # 0 means 256 in an ICO directory entry
    out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("../windows/bulletin-dashboard.ico", "wb") as f:
    f.write(out + b"".join(images))
PY
