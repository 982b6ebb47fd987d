#!/usr/bin/env bash
# Renders sockbench.svg into the icons the packages use (needs imagemagick and python3):
# sockbench.png (Linux, 256 px), sockbench.ico (Windows, 16-256 px), sockbench.icns (macOS, 128-512 px PNGs).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert -background none sockbench.svg -resize 256x256 PNG32:sockbench.png
convert -background none sockbench.svg -define icon:auto-resize=256,64,48,32,16 sockbench.ico
for s in 128 256 512; do
  convert -background none -density $((72 * s / 256)) sockbench.svg -resize "${s}x${s}" "PNG32:$tmp/$s.png"
done
# ICNS: 'icns', total length, then entries of type, length and PNG data (ic07 128, ic08 256, ic09 512 px)
python3 - "$tmp" <<'PY'
import struct, sys
body = b''
for kind, size in ((b'ic07', 128), (b'ic08', 256), (b'ic09', 512)):
    data = open(f'{sys.argv[1]}/{size}.png', 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('sockbench.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
